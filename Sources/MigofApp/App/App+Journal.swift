import MigofCore

extension App {
    /// True while an edit is shown but its journal line waits for the fsync; `Runner` then
    /// looks often, to draw the edit done as soon as it is.
    public var isJournalling: Bool { document.isJournalling }

    /// Takes in what the journal's background fsyncs did (`wait`: waits for them first).
    /// Returns true when the frame changes: pending edits became done, or a failed fsync
    /// took them back (the status bar then says so, as for a failed journal write).
    @discardableResult
    public mutating func settleJournal(wait: Bool = false) -> Bool {
        switch document.settleJournal(wait: wait) {
        case .none:
            return false
        case .done:
            return true
        case .failed(let text):
            documentChanged(.reload)
            message = text
            return true
        }
    }

    /// Before a save or a quit: waits for every pending fsync. False when one failed; its
    /// edits were taken back and the status bar says so, so the save or quit does not go on
    /// as if they were on disk.
    mutating func journalSettledForDisk() -> Bool {
        guard document.isJournalling else { return true }
        if case .failed(let text) = document.settleJournal(wait: true) {
            documentChanged(.reload)
            message = text
            return false
        }
        return true
    }

    /// The status bar's pending mark, after the message or the store's name.
    var journallingMark: String { " · journalling" + chrome.glyphs.ellipsis }
}
