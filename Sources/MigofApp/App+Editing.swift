import Foundation
import MigofCore

extension App {
    /// True when the store differs from what was last saved.
    public var isModified: Bool { savedDepth != history.count }

    /// Why edits are refused, when another migof holds the store's lock.
    var readOnlyReason: String? {
        guard let session, session.isReadOnly else { return nil }
        guard let holder = session.lockHolder else { return "read-only: \(session.readOnlyError.description)" }
        return "read-only: another migof (PID \(holder)) is editing this store"
    }

    /// Applies an edit: checked against the store, journalled and fsynced, then shown.
    /// A refused or unjournalled edit changes nothing and says why.
    @discardableResult
    mutating func commit(_ edit: Edit) -> Bool {
        guard apply(edit) else { return false }
        if let depth = savedDepth, depth > history.count { savedDepth = nil }
        history.append(edit)
        redoStack.removeAll()
        message = edit.summary
        return true
    }

    /// `u`: takes back the last edit, as a journalled edit of its own.
    mutating func undo() {
        guard let edit = history.last else {
            message = "nothing to undo"
            return
        }
        guard apply(edit.inverse) else { return }
        history.removeLast()
        redoStack.append(edit)
        message = "undone: \(edit.summary)"
    }

    /// Ctrl-R: applies again the last undone edit.
    mutating func redo() {
        guard let edit = redoStack.last else {
            message = "nothing to redo"
            return
        }
        guard apply(edit) else { return }
        redoStack.removeLast()
        history.append(edit)
        message = "redone: \(edit.summary)"
    }

    /// Checks, journals and applies one edit, refreshing what it affects.
    private mutating func apply(_ edit: Edit) -> Bool {
        if let reason = readOnlyReason {
            message = reason
            return false
        }
        var next = store
        do {
            try next.apply(edit, framework: framework)
            try session?.record(edit)
        } catch {
            message = error.description
            return false
        }
        store = next
        touched.insert(edit.countryCode)
        refreshAfterEdit(edit)
        return true
    }

    /// `s`: saves through the locked, atomic save, with audit entries; a failure keeps every
    /// edit in memory and in the journal.
    mutating func save() {
        guard isModified else {
            message = "nothing to save"
            return
        }
        if let reason = readOnlyReason {
            message = reason
            return
        }
        guard let session else {
            savedStore = store
            savedDepth = history.count
            touched = []
            message = "saved (in memory)"
            return
        }
        do {
            let written = try session.save(store, since: savedStore, touched: touched)
            let added = written.audit.count - savedStore.audit.count
            store = written
            savedStore = written
            savedDepth = history.count
            touched = []
            message = "saved \(abbreviated(storePath)) (\(added) audited change\(added == 1 ? "" : "s"))"
        } catch {
            message = "save failed: \(error.description); your edits are kept (journal: \(abbreviated(session.journal.path)))"
        }
    }

    /// Re-derives what an edit touched: the country's profile, then the aggregates.
    mutating func refreshAfterEdit(_ edit: Edit) {
        let code = edit.countryCode
        if let country = store.countries[code] {
            profiles[code] = Profile(country: country, year: year, framework: framework)
            searchKeys[code] = (country.name.folded, country.iso3.folded, country.iso2.folded)
        } else {
            profiles[code] = nil
            searchKeys[code] = nil
            stack.removeAll { $0 == .profile(code) }
            if stack.isEmpty { stack = [.home] }
        }
        switch edit {
        case .assessment, .country:
            years = store.years
            regions = Array(Set(store.countries.values.map(\.region).filter { !$0.isEmpty })).sorted()
        default:
            break
        }
        recomputeAggregates()
        clampSelections()
    }

    /// Replays journalled edits after a crash; they stay in the journal until the next save.
    mutating func recover(_ contents: Journal.Contents) {
        var next = store
        do {
            next = try store.replaying(contents.entries, framework: framework)
        } catch {
            message = "cannot recover: \(error.description)"
            return
        }
        store = next
        for entry in contents.entries {
            history.append(entry.edit)
            touched.insert(entry.edit.countryCode)
        }
        savedDepth = 0
        refresh()
        years = store.years
        let tail = contents.ignoredPartialLine ? "; a partial last line was ignored" : ""
        message = "recovered \(contents.entries.count) unsaved edit\(contents.entries.count == 1 ? "" : "s")\(tail); s saves"
    }

    /// The user name and time for messages about the journal.
    static func describe(_ contents: Journal.Contents) -> String {
        guard let first = contents.entries.first, let last = contents.entries.last else { return "no edits" }
        let span = first.time == last.time ? first.time : "\(first.time) to \(last.time)"
        return "\(contents.entries.count) unsaved edit\(contents.entries.count == 1 ? "" : "s") by \(last.user), \(span)"
    }
}
