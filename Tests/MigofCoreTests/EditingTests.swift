import Foundation
import Testing
@testable import MigofCore

@Suite struct EditingTests {
    let framework = Fixtures.framework
    let base = Fixtures.importedStore

    /// Every kind of edit, each applicable to the bundled store.
    var everyKind: [Edit] {
        let can = base.countries["CAN"]!
        var filled = Assessment()
        filled.scores["P1.1"] = 2
        filled.notes["P1.1"] = "évidence ✓"
        return [
            .score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 3),
            .note(country: "CAN", year: 2021, indicator: "O2.4", old: nil, new: "Loi n° 12 — زمن 日本"),
            .scores(country: "CAN", year: 2021, old: [:], new: ["P1.1": 1, "O3.6": 4]),
            .assessment(country: "CAN", year: 2025, old: nil, new: filled),
            .assessment(country: "CAN", year: 2019, old: can.assessments[2019]!, new: nil),
            .country(code: "ABW", old: nil, new: Fixtures.catalog.countries["ABW"]!),
            .country(code: "CAN", old: can, new: nil),
        ]
    }

    @Test func everyEditKindAppliesAndItsInverseRestores() throws {
        for edit in everyKind {
            var store = base
            try store.apply(edit, framework: framework)
            #expect(store != base, "\(edit.summary) changed nothing")
            try store.apply(edit.inverse, framework: framework)
            #expect(store == base, "\(edit.summary) was not undone")
        }
    }

    @Test(arguments: [
        Edit.score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 5),
        .score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 0),
        .score(country: "CAN", year: 2021, indicator: "P9.9", old: nil, new: 2),
        .score(country: "CAN", year: 2021, indicator: "P1.1", old: 2, new: 3),
        .score(country: "XXX", year: 2021, indicator: "P1.1", old: nil, new: 3),
        .score(country: "CAN", year: 2030, indicator: "P1.1", old: nil, new: 3),
        .scores(country: "CAN", year: 2021, old: [:], new: ["P1.1": 9]),
        .assessment(country: "CAN", year: 2021, old: nil, new: Assessment()),
        .country(code: "CAN", old: nil, new: Fixtures.catalog.countries["CAN"]!),
    ])
    func refusedEditsChangeNothing(edit: Edit) {
        var store = base
        #expect(throws: MigofError.self) { try store.apply(edit, framework: framework) }
        #expect(store == base)
    }

    @Test func journalRoundTripsEveryKind() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let journal = Journal(storePath: folder + "/store.json", framework: framework)
        for (i, edit) in everyKind.enumerated() { try journal.append(edit, time: "2026-11-29T00:00:0\(i)Z", user: "ana") }
        let contents = try journal.read()
        #expect(contents.entries.map(\.edit) == everyKind)
        #expect(contents.entries.allSatisfy { $0.user == "ana" })
        #expect(!contents.ignoredPartialLine)
        let replayed = try base.replaying(Array(contents.entries.prefix(2)), framework: framework)
        var expected = base
        for edit in everyKind.prefix(2) { try expected.apply(edit, framework: framework) }
        #expect(replayed == expected)
    }

    @Test func journalCutAtEveryByteKeepsTheWholeLines() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let journal = Journal(storePath: folder + "/store.json", framework: framework)
        let edits = Array(everyKind.prefix(4))
        for edit in edits { try journal.append(edit, time: "2026-11-29T00:00:00Z", user: "ana") }
        let bytes = [UInt8](FileManager.default.contents(atPath: journal.path)!)
        let lineEnds = bytes.indices.filter { bytes[$0] == 0x0A }
        for cut in 0...bytes.count {
            let contents = Journal.parse(Array(bytes[0..<cut]), path: "j", framework: framework)
            // The first line is the header.
            let whole = max(0, lineEnds.filter { $0 < cut }.count - 1)
            #expect(contents.entries.map(\.edit) == Array(edits.prefix(whole)), "cut at \(cut)")
            let midLine = cut > 0 && bytes[cut - 1] != 0x0A
            #expect(contents.ignoredPartialLine == midLine, "cut at \(cut)")
            #expect(contents.skipped.isEmpty, "cut at \(cut)")
        }
    }

    /// Regression (issue 11.3): one bad line made the whole journal unreadable, so every edit
    /// after it was lost too. Every complete line is recovered and the bad one is named.
    @Test func aCorruptLineInTheMiddleIsSkippedAndNamed() {
        let line = "{\"time\":\"t\",\"user\":\"u\",\"edit\":{\"op\":\"score\",\"country\":\"CAN\",\"year\":2021,\"indicator\":\"P1.1\",\"old\":null,\"new\":3}}\n"
        let second = line.replacingOccurrences(of: "\"old\":null,\"new\":3", with: "\"old\":3,\"new\":4")
        let contents = Journal.parse(Array((line + "garbage\n" + second).utf8), path: "j", framework: framework)
        #expect(contents.entries.count == 2)
        #expect(contents.skipped.map(\.line) == [2])
        #expect(contents.skipped.first?.description.hasPrefix("j:2:1: ") == true)
    }

    /// Regression (issue 11.3): a write cut short by a full disk, followed on the same line by
    /// a good write once space came back, kept neither.
    @Test func aFragmentBeforeAWholeEditKeepsTheEdit() {
        let line = "{\"time\":\"t\",\"user\":\"u\",\"edit\":{\"op\":\"score\",\"country\":\"CAN\",\"year\":2021,\"indicator\":\"P1.1\",\"old\":null,\"new\":3}}\n"
        let fragment = String(line.prefix(40))
        let contents = Journal.parse(Array((fragment + line).utf8), path: "j", framework: framework)
        #expect(contents.entries.count == 1)
        #expect(contents.skipped.count == 1)
        #expect(contents.skipped.first?.message.contains("cut short") == true)
    }

    /// Random edits and undos end in the same store as replaying only the surviving edits.
    @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
    func undoRedoPropertyHolds(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var store = base
        var history: [Edit] = []
        var redo: [Edit] = []
        let codes = ["CAN", "DNK", "MEX", "CIV"]
        for _ in 0..<300 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<6:
                let code = codes.randomElement(using: &random)!
                let year = store.countries[code]!.latestYear!
                let indicator = framework.indicatorIDs.randomElement(using: &random)!
                let old = store.countries[code]!.assessments[year]!.scores[indicator]
                let new: Int? = Int.random(in: 0...4, using: &random) == 0 ? nil : Int.random(in: 1...4, using: &random)
                guard new != old else { continue }
                let edit = Edit.score(country: code, year: year, indicator: indicator, old: old, new: new)
                try store.apply(edit, framework: framework)
                history.append(edit)
                redo.removeAll()
            case 6..<9:
                guard let edit = history.popLast() else { continue }
                try store.apply(edit.inverse, framework: framework)
                redo.append(edit)
            default:
                guard let edit = redo.popLast() else { continue }
                try store.apply(edit, framework: framework)
                history.append(edit)
            }
        }
        var replay = base
        for edit in history { try replay.apply(edit, framework: framework) }
        #expect(store == replay, "seed \(seed)")
    }

    @Test func auditEntriesDescribeEachSavedChange() throws {
        var store = base
        for edit in everyKind.prefix(2) + [everyKind[5]] { try store.apply(edit, framework: framework) }
        let entries = AuditEntry.changes(from: base, to: store, framework: framework, time: "T", user: "ana")
        #expect(entries.map(\.change) == [.countryAdded, .score, .note])
        #expect(entries[1] == AuditEntry(time: "T", user: "ana", change: .score, country: "CAN", year: 2021,
                                         indicator: "P1.1", oldScore: nil, newScore: 3))
        #expect(entries[2].newNote == "Loi n° 12 — زمن 日本")
        let limited = AuditEntry.changes(from: base, to: store, countries: ["ABW"], framework: framework, time: "T", user: "ana")
        #expect(limited.count == 1)
    }
}

@Suite struct EditingSessionTests {
    let framework = Fixtures.framework

    private func makeStore() throws -> (folder: String, path: String) {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/store.json"
        try StoreFile(path: path).save(Fixtures.importedStore, framework: framework)
        return (folder, path)
    }

    @Test func saveWritesAuditAndEmptiesTheJournalAfterTheRename() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let session = EditingSession(storePath: path, framework: framework, user: "ana")
        defer { session.close() }
        #expect(!session.isReadOnly)
        let saved = try StoreFile(path: path).load(framework: framework)
        var store = saved
        let edit = Edit.score(country: "DNK", year: 2021, indicator: "O1.2", old: nil, new: 2)
        try store.apply(edit, framework: framework)
        try session.record(edit)
        #expect(try session.pending().entries.map(\.edit) == [edit])
        let written = try session.save(store, since: saved, touched: ["DNK"])
        #expect(try session.pending().entries.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: session.journal.path))
        let reloaded = try StoreFile(path: path).load(framework: framework)
        #expect(reloaded == written)
        #expect(reloaded.audit.count == 1)
        #expect(reloaded.audit[0].user == "ana" && reloaded.audit[0].newScore == 2 && reloaded.audit[0].indicator == "O1.2")
        #expect(reloaded.audit[0].time.hasSuffix("Z") && reloaded.audit[0].time.count == 20)
    }

    @Test func secondSessionIsReadOnlyAndRefusesEdits() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let first = EditingSession(storePath: path, framework: framework)
        let second = EditingSession(storePath: path, framework: framework)
        #expect(second.isReadOnly)
        #expect(second.lockHolder == getpid())
        #expect(throws: MigofError.locked(path: path, pid: getpid())) {
            try second.record(.score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 1))
        }
        #expect(!FileManager.default.fileExists(atPath: second.journal.path))
        first.close()
        let third = EditingSession(storePath: path, framework: framework)
        #expect(!third.isReadOnly)
        third.close()
    }

    @Test func failedSaveKeepsTheJournal() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let session = EditingSession(storePath: path, framework: framework)
        defer { session.close() }
        let saved = try StoreFile(path: path).load(framework: framework)
        var store = saved
        let edit = Edit.score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 4)
        try store.apply(edit, framework: framework)
        try session.record(edit)
        // A folder where the store's backup must go makes the save fail, as a full disk would.
        try FileManager.default.createDirectory(atPath: path + ".bak", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: path + ".bak/keep", withIntermediateDirectories: false)
        #expect(throws: MigofError.self) { try session.save(store, since: saved, touched: ["CAN"]) }
        #expect(try session.pending().entries.map(\.edit) == [edit])
        #expect(try StoreFile(path: path).load(framework: framework) == saved)
        try FileManager.default.removeItem(atPath: path + ".bak")
        _ = try session.save(store, since: saved, touched: ["CAN"])
        #expect(try session.pending().entries.isEmpty)
    }

    @Test func setAsideNeverDeletes() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let session = EditingSession(storePath: path, framework: framework)
        defer { session.close() }
        try session.record(.score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 4))
        let aside = try session.journal.setAside()
        #expect(aside.contains(".journal.discarded-"))
        #expect(FileManager.default.fileExists(atPath: aside))
        #expect(try session.pending().entries.isEmpty)
        #expect(try Journal.parse([UInt8](FileManager.default.contents(atPath: aside)!), path: aside, framework: framework).entries.count == 1)
    }
}
