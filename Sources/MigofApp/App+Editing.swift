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
        // Applied in place: copying a store of thousands of countries per key would cost more
        // than everything else an edit does.
        do {
            try store.apply(edit, framework: framework)
        } catch {
            message = error.description
            return false
        }
        do {
            try session?.record(edit)
        } catch {
            // Not on disk, so not done: take it back.
            try? store.apply(edit.inverse, framework: framework)
            message = error.description
            return false
        }
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

    /// Re-derives what an edit touched. A score or note edit updates the aggregates in place,
    /// at a cost that does not grow with the store; a year or a country added or removed
    /// recomputes them.
    mutating func refreshAfterEdit(_ edit: Edit) {
        let code = edit.countryCode
        switch edit {
        case .score, .note, .scores:
            let old = profiles[code]
            let new = store.countries[code].map { Profile(country: $0, year: year, framework: framework, sources: store.sources) }
            profiles[code] = new
            if let old, let new { replaceInAggregates(old, with: new) } else { recomputeAggregates() }
        case .assessment, .country, .conflict:
            if let country = store.countries[code] {
                profiles[code] = Profile(country: country, year: year, framework: framework, sources: store.sources)
                searchKeys[code] = (country.name.folded, country.iso3.folded, country.iso2.folded)
            } else {
                profiles[code] = nil
                searchKeys[code] = nil
                stack.removeAll { $0 == .profile(code) }
                if stack.isEmpty { stack = [.home] }
            }
            years = store.years
            regions = Array(Set(store.countries.values.map(\.region).filter { !$0.isEmpty })).sorted()
            recomputeAggregates()
        }
        clampSelections()
    }

    /// Moves one country's contribution from its old profile to its new one: the tile counts,
    /// its place in each area ranking, and its place in the browser when sorted by a rating.
    private mutating func replaceInAggregates(_ old: Profile, with new: Profile) {
        let code = new.country.iso3
        for area in framework.areas {
            statistics[area.id]?.remove(old)
            statistics[area.id]?.add(new)
            // Taken out of the dictionary so the array is uniquely owned and edited in place.
            guard var list = ranked.removeValue(forKey: area.id) else { continue }
            // The list is ordered by the old keys, so the country is found by binary search too.
            let oldKey = rankKey(old, area: area.id)
            var index = list.partitionPoint { other in
                other == code ? false : (profiles[other].map { rankKey($0, area: area.id) < oldKey } ?? true)
            }
            while index < list.count, list[index] != code { index += 1 }
            if index < list.count { list.remove(at: index) } else if let found = list.firstIndex(of: code) { list.remove(at: found) }
            if new.hasAssessment {
                let key = rankKey(new, area: area.id)
                let position = list.partitionPoint { other in
                    profiles[other].map { rankKey($0, area: area.id) < key } ?? true
                }
                list.insert(code, at: position)
            }
            ranked[area.id] = list
        }
        overallStatistics.remove(old)
        overallStatistics.add(new)
        // Sorted by name, a score never moves a country; sorted by a rating, it may.
        if browser.sort != .name {
            resortBrowser()
        }
    }

    /// Ranking order within an area: rated countries best first, then the unrated ones, each by name.
    private func rankKey(_ profile: Profile, area: String) -> RankKey {
        let value = profile.area(area)?.rating.value
        return RankKey(unrated: value == nil, negatedValue: -(value ?? 0), name: searchKeys[profile.country.iso3]?.name ?? "")
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

/// The sort key of a ranking row; tuples are not `Comparable` across the board in Swift.
struct RankKey: Comparable {
    var unrated: Bool
    var negatedValue: Int
    var name: String

    static func < (l: RankKey, r: RankKey) -> Bool {
        if l.unrated != r.unrated { return !l.unrated }
        if l.negatedValue != r.negatedValue { return l.negatedValue < r.negatedValue }
        return l.name < r.name
    }
}

extension Array {
    /// The first index whose element does not satisfy `belongsBefore`, for an array already
    /// partitioned by it: a binary search.
    func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongsBefore(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
