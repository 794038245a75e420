extension EditingSession {
    /// True while an edit written to the journal has not been seen to reach the disk (as of
    /// the last `settleJournal`): the screen shows it as pending, not done.
    public var isJournalling: Bool { !undurable.isEmpty }

    /// How many edits wait for their fsync (or were not yet seen to be on disk), the last one
    /// written last.
    public var pendingEdits: Int { undurable.count }

    /// Looks at the journal's background fsyncs (`wait`: waits for them first) and settles
    /// the edits they cover. A failed flush cuts the edits after the last durable line back
    /// out of the journal and returns them, oldest first, for the caller to take back, as a
    /// failed write is; the net change goes back to what it was before them.
    public func settleJournal(wait: Bool = false) -> JournalSettle {
        let state = journal.durability(wait: wait)
        if let failure = state.failure {
            let durable = journal.cutBackUndurable()
            let lost = undurable.filter { $0.line > durable }
            if let first = lost.first { net = first.netBefore }
            undurable = []
            return .failed(failure, durableLine: durable, takenBack: lost.map { ($0.line, $0.edit) })
        }
        let before = undurable.count
        undurable.removeAll { $0.line <= state.durable }
        guard undurable.count < before else { return .unchanged }
        return .durable(durableLine: state.durable, stillPending: !undurable.isEmpty)
    }
}
