import Foundation
import Testing
@testable import MigofCore

/// Conflicts: recorded with base, ours, theirs and who; kept through the file (checked path);
/// resolved by taking a side, audited; and a v2 store upgraded to the v3 audit layout.
@Suite struct MergeConflictTests {
    let f = Fixtures.sdg

    private func edited(_ base: Store, user: String, time: String, _ change: (inout Store) throws -> Void) rethrows -> Store {
        var store = base
        try change(&store)
        store.audit = Store.canonicalAudit(base.audit + AuditEntry.changes(from: base, to: store, framework: f, time: time, user: user))
        return store
    }

    @Test func differentValuesConflictKeepOursAndSurviveTheFile() throws {
        let base = Fixtures.importedSDG
        let ours = try edited(base, user: "ben", time: "2026-12-01T10:00:00Z") {
            try $0.setScore(3, indicator: "1c", country: "CAN", year: 2021, framework: f)
        }
        let theirs = try edited(base, user: "ana", time: "2026-12-01T10:05:00Z") {
            try $0.setScore(1, indicator: "1c", country: "CAN", year: 2021, framework: f)
            try $0.setNote("both", indicator: "1c", country: "CAN", year: 2021, framework: f)
        }
        let merged = StoreMerge.merge(base: base, ours: ours, theirs: theirs, framework: f)
        #expect(merged.conflicts.count == 1)
        let c = try #require(merged.conflicts.first)
        #expect(c.id == 1 && c.place == "CAN 2021 1c" && c.field == .score)
        #expect(c.base == .score(nil) && c.ours == .score(3) && c.theirs == .score(1))
        #expect(c.oursBy == StoreConflict.Stamp(user: "ben", time: "2026-12-01T10:00:00Z"))
        #expect(c.theirsBy?.user == "ana")
        #expect(merged.countries["CAN"]!.assessments[2021]!.scores["1c"] == 3, "ours is kept")
        #expect(merged.countries["CAN"]!.assessments[2021]!.notes["1c"] == "both", "their other change merges")
        #expect(merged.audit.map(\.user) == ["ben", "ana", "ana"], "both sides' entries, in time order")
        let bytes = merged.encodedBytes(framework: f)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\n  \"conflicts\": [\n    {\"id\":1,\"country\":\"CAN\""))
        #expect(StoreFastDecoder.decode(bytes, framework: f) == nil, "conflicts take the checked path")
        #expect(try Store.parse(bytes, path: "m", framework: f) == merged)
        #expect(ConflictReport.line(c, framework: f)
                == "conflict 1 CAN 2021 1c: base unscored · ours no (ben 2026-12-01T10:00:00Z) · theirs yes (ana 2026-12-01T10:05:00Z)")

        var resolved = merged
        try resolved.resolve(conflict: 1, taking: .theirs, framework: f)
        #expect(resolved.conflicts.isEmpty && resolved.countries["CAN"]!.assessments[2021]!.scores["1c"] == 1)
        let entries = AuditEntry.changes(from: merged, to: resolved, countries: ["CAN"], framework: f, time: "t", user: "u")
        #expect(entries.map(\.change) == [.score, .conflictResolved] && entries.last?.newNote == "theirs")
        #expect(!String(decoding: resolved.encodedBytes(framework: f), as: UTF8.self).contains("\"conflicts\""),
                "the section goes once every conflict is resolved")
        #expect(throws: MigofError.self) { try resolved.resolve(conflict: 1, taking: .ours, framework: f) }
    }

    /// A resolution is an ordinary edit: it goes through the journal and back, replays, and
    /// its inverse brings the conflict and our value back.
    @Test func aResolutionIsJournalledAndUndoable() throws {
        let base = Fixtures.importedSDG
        let ours = try edited(base, user: "ben", time: "2026-12-01T10:00:00Z") {
            try $0.setNote("ours", indicator: "3a", country: "MEX", year: 2021, framework: f)
        }
        let theirs = try edited(base, user: "ana", time: "2026-12-01T10:01:00Z") {
            try $0.setNote("theirs", indicator: "3a", country: "MEX", year: 2021, framework: f)
        }
        let merged = StoreMerge.merge(base: base, ours: ours, theirs: theirs, framework: f)
        let edit = try merged.resolution(of: 1, value: .note("typed in"))
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        try StoreFile(path: path).save(merged, framework: f)
        let session = EditingSession(storePath: path, framework: f, user: "ana")
        defer { session.close() }
        try session.record(edit)
        let pending = try session.pending()
        #expect(pending.entries.map(\.edit) == [edit], "the journal gives the edit back")
        let replayed = try merged.replaying(pending.entries, framework: f)
        #expect(replayed.conflicts.isEmpty && replayed.countries["MEX"]!.assessments[2021]!.notes["3a"] == "typed in")
        var undone = replayed
        try undone.apply(edit.inverse, framework: f)
        #expect(undone == merged, "undo brings the conflict and our value back")
        #expect(throws: MigofError.self) { try replayed.replaying(pending.entries, framework: f) }
        let saved = try session.save(replayed, since: merged, touched: ["MEX"])
        #expect(saved.audit.suffix(2).map(\.change) == [.note, .conflictResolved] && saved.audit.last?.newNote == "edited")
    }

    @Test func sameChangeOnBothSidesIsOneChange() throws {
        let base = Fixtures.importedSDG
        let change: (inout Store) throws -> Void = { try $0.setScore(2, indicator: "2a", country: "DNK", year: 2021, framework: self.f) }
        let merged = StoreMerge.merge(base: base, ours: try edited(base, user: "a", time: "1", change),
                                      theirs: try edited(base, user: "b", time: "2", change), framework: f)
        #expect(merged.conflicts.isEmpty && merged.countries["DNK"]!.assessments[2021]!.scores["2a"] == 2)
    }

    @Test func removalAgainstEditIsAConflictOfTheWholeCountry() throws {
        let base = Fixtures.importedSDG
        let ours = edited(base, user: "ben", time: "2026-12-01T10:00:00Z") { $0.countries["DNK"] = nil }
        let theirs = try edited(base, user: "ana", time: "2026-12-01T10:01:00Z") {
            try $0.setScore(2, indicator: "2a", country: "DNK", year: 2021, framework: f)
        }
        let merged = StoreMerge.merge(base: base, ours: ours, theirs: theirs, framework: f)
        let c = try #require(merged.conflicts.first)
        #expect(c.field == .country && c.ours == .country(nil) && c.theirs == .country(theirs.countries["DNK"]))
        #expect(merged.countries["DNK"] == nil)
        let reread = try Store.parse(merged.encodedBytes(framework: f), path: "m", framework: f)
        #expect(reread == merged, "their whole country is kept in the conflict")
        var resolved = reread
        try resolved.resolve(conflict: c.id, taking: .theirs, framework: f)
        #expect(resolved.countries["DNK"] == theirs.countries["DNK"])
    }

    /// A version 2 file (one audit array at the end) reads the same through both decoders,
    /// and its next save writes version 3, the entries inside their countries, the .bak kept.
    @Test func versionTwoAuditUpgradesToVersionThree() throws {
        var store = Fixtures.importedSDG
        store.audit = [
            AuditEntry(time: "2026-11-29T02:52:04Z", user: "ana", change: .score, country: "CAN", year: 2021, indicator: "1b",
                       oldScore: nil, newScore: 2),
            AuditEntry(time: "2026-11-29T03:00:00Z", user: "ben", change: .countryRemoved, country: "XYZ"),
        ]
        var bare = store
        bare.audit = []
        var text = bare.encoded(framework: f)
        text = text.replacingOccurrences(of: "{\n  \"version\": 3,", with: "{\n  \"version\": 2,")
        let auditText = JSONWriter.write(.arr(store.audit.map { $0.jsonValue(framework: f) }))
            .replacingOccurrences(of: "\n", with: "\n  ").dropLast(3)
        text = String(text.dropLast(2)) + ",\n  \"audit\": " + auditText + "\n}\n"
        let bytes = Array(text.utf8)
        #expect(StoreFastDecoder.decode(bytes, framework: f) == store)
        #expect(try Store.parseChecked(bytes, path: "v2", framework: f) == store)
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = try StoreFile(path: path).load(framework: f)
        try StoreFile(path: path).save(loaded, framework: f)
        #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8) == text)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"version\": 3,"))
        #expect(written.contains("        {\"time\":\"2026-11-29T02:52:04Z\",\"user\":\"ana\",\"change\":\"score\",\"year\":2021"))
        #expect(written.contains("    {\"time\":\"2026-11-29T03:00:00Z\",\"user\":\"ben\",\"change\":\"country removed\",\"country\":\"XYZ\""))
        #expect(try StoreFile(path: path).load(framework: f) == store)
    }

    @Test func aVersionTwoStoreCannotHoldConflictsOrCountryAudit() {
        let v2 = #"{"version": 2, "framework": {"id": "sdg-10-7-2", "version": 1}, "sources": {}, "countries": {}, "conflicts": []}"#
        #expect(Fixtures.firstError(v2, framework: f)?.contains("a version 2 store has no 'conflicts'") == true)
        let country = #"{"version": 2, "framework": {"id": "sdg-10-7-2", "version": 1}, "sources": {}, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {}, "audit": []}}}"#
        #expect(Fixtures.firstError(country, framework: f)?.contains("audit") == true)
    }
}
