import MigofCore

extension Document {
    /// True while an edit is shown but its journal line still waits for the fsync: the
    /// status bar marks it pending, not done.
    var isJournalling: Bool { session?.isJournalling == true }

    /// Settles the journal's background fsyncs (`wait`: waits for them, as save and quit
    /// do). A failed fsync leaves its edits not on disk, so not done: they are taken back,
    /// every one after the last durable line, newest first, exactly as a failed journal
    /// write is, and the message names the error and what was taken back.
    mutating func settleJournal(wait: Bool = false) -> JournalNews {
        guard let session, session.isJournalling || !journalTrail.isEmpty else { return .none }
        switch session.settleJournal(wait: wait) {
        case .unchanged:
            // A journal set aside takes its pending edits with it.
            if !session.isJournalling { journalTrail = [] }
            return .none
        case .durable(let line, _):
            journalTrail.removeAll { $0.line <= line }
            return .done
        case .failed(let error, _, let lost):
            takeBack(lost.map(\.edit), from: lost.first.flatMap { first in journalTrail.first { $0.line == first.line } })
            journalTrail = []
            let what = lost.count == 1 ? lost[0].edit.summary(in: framework) : "\(lost.count) edits"
            return .failed(error.description + (lost.isEmpty ? "" : "; not journalled, taken back: \(what)"))
        }
    }

    /// Notes the document's state before an edit just journalled at `line`. The session
    /// keeps one pending edit per mark, oldest first, and forgets those already on disk, so
    /// the marks follow it.
    mutating func markJournalled(line: Int, history before: EditHistory, touched touchedBefore: Set<String>) {
        let keep = max(0, (session?.pendingEdits ?? 1) - 1)
        if journalTrail.count > keep { journalTrail.removeFirst(journalTrail.count - keep) }
        journalTrail.append(JournalMark(line: line, history: before, touched: touchedBefore))
    }

    /// Undoes `edits` in memory (newest first) and puts the history back as it was before them.
    private mutating func takeBack(_ edits: [Edit], from mark: JournalMark?) {
        guard !edits.isEmpty else { return }
        for edit in edits.reversed() {
            try? store.apply(edit.inverse, framework: framework)
        }
        if let mark {
            history = mark.history
            touched = mark.touched
        }
        refresh()
    }
}
