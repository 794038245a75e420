/// What became of an editing session's journalled edits since it last looked
/// (`EditingSession.settleJournal`).
public enum JournalSettle: Sendable, Equatable {
    /// Nothing new: every edit was durable already, or the pending ones still wait.
    case unchanged
    /// More edits reached the disk: lines up to `durableLine` are durable. `stillPending`
    /// says whether later ones still wait.
    case durable(durableLine: Int, stillPending: Bool)
    /// The disk refused a flush: the edits after `durableLine` are cut back out of the
    /// journal and must be taken back (oldest first, each with its journal line), as a
    /// failed write is.
    case failed(MigofError, durableLine: Int, takenBack: [(line: Int, edit: Edit)])

    public static func == (lhs: JournalSettle, rhs: JournalSettle) -> Bool {
        switch (lhs, rhs) {
        case (.unchanged, .unchanged): return true
        case let (.durable(a, b), .durable(c, d)): return a == c && b == d
        case let (.failed(e1, l1, t1), .failed(e2, l2, t2)):
            return e1 == e2 && l1 == l2 && t1.map(\.line) == t2.map(\.line) && t1.map(\.edit) == t2.map(\.edit)
        default: return false
        }
    }
}
