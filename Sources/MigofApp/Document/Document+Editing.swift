import Foundation
import MigofCore

extension Document {
    /// Applies a new edit: checked against the store, written to the journal, then shown
    /// (pending until its fsync returns). A refused or unjournalled edit changes nothing and says why.
    mutating func commit(_ edit: Edit) throws(Refusal) -> DocumentChange {
        let change = try apply(edit)
        history.record(edit)
        return change
    }

    /// Takes back the last edit, as a journalled edit of its own; returns it and its change.
    mutating func undo() throws(Refusal) -> (Edit, DocumentChange) {
        guard let edit = history.lastDone else { throw Refusal(message: "nothing to undo") }
        let change = try apply(edit.inverse)
        _ = history.popForUndo()
        return (edit, change)
    }

    /// Applies again the last undone edit.
    mutating func redo() throws(Refusal) -> (Edit, DocumentChange) {
        guard let edit = history.nextRedo else { throw Refusal(message: "nothing to redo") }
        let change = try apply(edit)
        _ = history.popForRedo()
        return (edit, change)
    }

    /// Checks, journals and applies one edit, re-deriving what it affects.
    private mutating func apply(_ edit: Edit) throws(Refusal) -> DocumentChange {
        try ensureWritable()
        // Applied in place: copying a store of thousands of countries per key would cost more
        // than everything else an edit does.
        do throws(MigofError) {
            try store.apply(edit, framework: framework)
        } catch {
            throw Refusal(message: error.description)
        }
        let before = (history, touched)
        do throws(MigofError) {
            try session?.record(edit)
            // Shown at once, done once the fsync returns (`settleJournal`).
            if let session { markJournalled(line: session.journal.lastLine, history: before.0, touched: before.1) }
        } catch {
            // Not on disk, so not done: take it back.
            try? store.apply(edit.inverse, framework: framework)
            throw Refusal(message: error.description)
        }
        touched.insert(edit.countryCode)
        switch edit {
        case .score, .note, .scores:
            aggregates.update(edit.countryCode, in: store)
            return .country(edit.countryCode)
        case .assessment, .country, .conflict:
            refresh()
            return .structure
        }
    }

    /// Saves through the locked, atomic save, with audit entries; a failure keeps every edit
    /// in memory and in the journal. Returns how many audited changes were written.
    mutating func save() throws(Refusal) -> Int? {
        guard isModified else { throw Refusal(message: "nothing to save") }
        try ensureWritable()
        guard let session else {
            history.markSaved()
            touched = []
            return nil
        }
        do throws(MigofError) {
            let saved = try savedCountries()
            let written = try session.save(store, since: saved, touched: touched)
            let added = written.audit.count - store.audit.count
            store = written
            history.markSaved()
            touched = []
            journalTrail = []
            return added
        } catch {
            throw Refusal(message: "save failed: \(error.description); your edits are kept (journal: \(App.abbreviated(session.journal.path)))")
        }
    }

    /// The edited countries as they were at the last save, worked out from the edits in hand
    /// (taken back one by one) rather than from a copy of the whole store kept since then.
    /// The audit entries of the save are the difference between these and the store now.
    private func savedCountries() throws(MigofError) -> Store {
        var saved = store
        saved.countries = Dictionary(uniqueKeysWithValues: touched.compactMap { code in store.countries[code].map { (code, $0) } })
        for edit in history.unsavedEdits.reversed() {
            try saved.apply(edit.inverse, framework: framework)
        }
        return saved
    }

    /// Replays journalled edits after a crash; they stay in the journal until the next save.
    mutating func recover(_ contents: Journal.Contents) throws(Refusal) {
        do throws(MigofError) {
            store = try store.replaying(contents.entries, framework: framework)
        } catch {
            throw Refusal(message: "cannot recover: \(error.description)")
        }
        history.recovered(contents.entries.map(\.edit))
        for entry in contents.entries { touched.insert(entry.edit.countryCode) }
        refresh()
    }

    /// Sets the journal aside as a file; returns its path.
    func setJournalAside() throws(Refusal) -> String? {
        do throws(MigofError) {
            // Through the session, so it knows the journal no longer holds anything to keep.
            return try session?.setAsideJournal()
        } catch {
            throw Refusal(message: error.description)
        }
    }
}
