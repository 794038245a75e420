import MigofCore

/// The document as it was just before an edit whose journal line is not yet durable: what a
/// failed fsync takes the document back to (`Document.settleJournal`).
struct JournalMark: Sendable {
    /// The edit's line in the journal (`Journal.lastLine` once it was written).
    var line: Int
    var history: EditHistory
    var touched: Set<String>
}
