import Foundation
import Testing
@testable import MigofCore

/// Store format version 2 (framework, sources, caveats, answers as option values) and the
/// upgrade from version 1.
@Suite struct StoreVersionTests {
    /// A version 1 file written the way migof wrote them before version 2, independently of
    /// the current encoder: no framework, no sources table, provenance text in each rating.
    static func versionOneText(_ store: Store, framework: Framework) -> String {
        func country(_ c: Country) -> JSONValue {
            .obj([("name", .string(c.name)), ("iso2", .string(c.iso2)), ("m49", .string(c.m49)),
                  ("region", .string(c.region)), ("subRegion", .string(c.subRegion)),
                  ("assessments", .obj(c.years.map { year in
                      let a = c.assessments[year]!
                      func rated(_ r: ReportedRating) -> JSONValue {
                          .obj([("rating", .int(r.rating)), ("source", .string(store.sources[r.source]!.path))])
                      }
                      var reported: [(String, JSONValue)] = a.reportedOverall.map { [("overall", rated($0))] } ?? []
                      for area in framework.areas { if let r = a.reportedAreas[area.id] { reported.append((area.id, rated(r))) } }
                      var fields: [(String, JSONValue)] = [
                          ("reported", .obj(reported)),
                          ("scores", .obj(framework.indicatorIDs.map { ($0, a.scores[$0].map { .int($0) } ?? .null) })),
                      ]
                      let notes = framework.indicatorIDs.compactMap { id in a.notes[id].map { (id, JSONValue.string($0)) } }
                      if !notes.isEmpty { fields.append(("notes", .obj(notes))) }
                      return (String(year), .obj(fields))
                  })),
            ])
        }
        return JSONWriter.write(.obj([("version", .int(1)), ("countries", .obj(store.codes.map { ($0, country(store.countries[$0]!)) }))]))
    }

    /// The imported data with scores and notes on a few countries, under the MGI topics.
    static func scoredStore() -> Store {
        let f = Fixtures.framework
        var store = Fixtures.importedStore
        var random = SplitMix64(seed: 9)
        for code in ["CAN", "MEX", "TUR", "ALB"] {
            for year in store.countries[code]!.years {
                for id in f.indicatorIDs where random.next(in: 0...3) > 0 {
                    try! store.setScore(random.next(in: 1...4), indicator: id, country: code, year: year, framework: f)
                }
                try! store.setNote("law n° \(year) « é »", indicator: "P1.2", country: code, year: year, framework: f)
            }
        }
        return store
    }

    @Test func versionOneUpgradesWithoutLossAndKeepsABackup() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let original = Self.scoredStore()
        let v1 = Self.versionOneText(original, framework: Fixtures.framework)
        try v1.write(toFile: path, atomically: true, encoding: .utf8)
        // No framework chosen: a version 1 store opens with the MGI topics.
        let paths = Paths.resolve(storeOption: path, environment: ["HOME": folder])
        let framework = try Workspace.loadFramework(paths: paths)
        #expect(framework.id == "mgi-topics")
        let loaded = try StoreFile(path: path).load(framework: framework)
        #expect(Store.parseChecked(Array(v1.utf8), path: "v1", framework: framework, orNil: ()) == loaded)
        for code in original.codes {
            for (year, assessment) in original.countries[code]!.assessments {
                let upgraded = loaded.countries[code]!.assessments[year]!
                #expect(upgraded.scores == assessment.scores, "\(code) \(year)")
                #expect(upgraded.notes == assessment.notes)
                #expect(upgraded.reportedOverall?.rating == assessment.reportedOverall?.rating)
                #expect(upgraded.reportedAreas.values.map(\.rating) == assessment.reportedAreas.values.map(\.rating))
            }
        }
        let scores = loaded.countries.values.flatMap(\.assessments.values).map(\.scores.count).reduce(0, +)
        #expect(scores > 100)
        try StoreFile(path: path).save(loaded, framework: framework)
        #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8) == v1, "the .bak keeps the version 1 file")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"version\": 3,\n  \"framework\": {\n    \"id\": \"mgi-topics\",\n    \"version\": 1\n  },"))
        #expect(try StoreFile(path: path).load(framework: framework) == loaded)
        #expect(StoreFile(path: path).recordedFramework() == FrameworkRef(id: "mgi-topics", version: 1))
    }

    @Test func aStoreOpenedWithAnotherFrameworkNamesBoth() throws {
        let bundled = try StoreFile(path: Fixtures.paths.bundledStore).readBytes()
        #expect(StoreFastDecoder.decode(bundled, framework: Fixtures.framework) == nil)
        do {
            _ = try Store.parse(bundled, path: "store.json", framework: Fixtures.framework)
            Issue.record("opened with the wrong framework")
        } catch {
            #expect(error.description == "store.json:3:16: this store was scored with the framework sdg-10-7-2 version 1, "
                    + "but the framework in use is mgi-topics version 1; open it with --framework sdg-10-7-2")
        }
        let v1 = Array(Self.versionOneText(Fixtures.importedStore, framework: Fixtures.framework).utf8)
        #expect(throws: MigofError.self) { try Store.parse(v1, path: "v1.json", framework: Fixtures.sdg) }
        #expect(Fixtures.firstError(String(decoding: v1, as: UTF8.self), framework: Fixtures.sdg)?
            .contains("scored with the framework mgi-topics version 1") == true)
    }

    /// A version 2 store under the default framework with half answers, caveats and an audit
    /// trail: the direct encoder matches the tree writer, and both decoders give the store back.
    @Test func bothCodecPathsAgreeOnVersionTwo() throws {
        let f = Fixtures.sdg
        var store = Fixtures.importedSDG
        for (id, answer) in [("1a", 1), ("1b", 2), ("1c", 3), ("2a", 1), ("6e", 2)] {
            try store.setScore(answer, indicator: id, country: "CAN", year: 2021, framework: f)
        }
        try store.setNote("half: legal status only", indicator: "1b", country: "CAN", year: 2021, framework: f)
        store.audit = [AuditEntry(time: "2026-12-01T09:00:00Z", user: "ana", change: .score, country: "CAN", year: 2021,
                                  indicator: "1b", oldScore: 1, newScore: 2)]
        let bytes = store.encodedBytes(framework: f)
        #expect(JSONWriter.bytes(try JSONParser.parse(bytes).value) == JSONWriter.bytes(store.jsonValue(framework: f)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"1b\": 0.5,"), "answers are written as option values")
        #expect(text.contains("\"newScore\":0.5"))
        #expect(text.contains("\"caveat\": \"The same as Canada's 2019 values"))
        let fast = StoreFastDecoder.decode(bytes, framework: f)
        #expect(fast != nil, "a canonical version 2 file takes the fast path")
        #expect(fast == store)
        #expect(try Store.parseChecked(bytes, path: "s", framework: f) == store)
    }

    @Test(arguments: [
        ("\"1a\": 1,", "\"1a\": 0.25,", "answer of 1a in CAN 2021 must be one of 1, 0.5, 0, got 0.25"),
        ("\"2a\": 1,", "\"2a\": 0.5,", "answer of 2a in CAN 2021 must be one of 1, 0, got 0.5"),
        ("\"source\": \"national-can\"", "\"source\": \"nowhere\"", "source 'nowhere' of CAN 2019 overall is not in the sources table"),
        ("\"id\": \"sdg-10-7-2\"", "\"id\": \"other\"", "scored with the framework other version 1"),
    ])
    func badVersionTwoValuesAreRefusedByBothPaths(find: String, replace: String, expected: String) throws {
        let f = Fixtures.sdg
        var store = Fixtures.importedSDG
        try store.setScore(1, indicator: "1a", country: "CAN", year: 2021, framework: f)
        try store.setScore(1, indicator: "2a", country: "CAN", year: 2021, framework: f)
        let text = String(decoding: store.encodedBytes(framework: f), as: UTF8.self)
        let broken = text.replacingOccurrences(of: find, with: replace)
        #expect(broken != text)
        #expect(StoreFastDecoder.decode(Array(broken.utf8), framework: f) == nil)
        #expect(Fixtures.firstError(broken, framework: f)?.contains(expected) == true, "\(Fixtures.firstError(broken, framework: f) ?? "")")
    }
}

extension Store {
    /// The checked decoder's store, or nil when it refuses the file (for comparisons in tests).
    static func parseChecked(_ bytes: [UInt8], path: String, framework: Framework, orNil: Void) -> Store? {
        try? parseChecked(bytes, path: path, framework: framework)
    }
}

@Suite struct RecordedFrameworkTests {
    @Test(arguments: ["", "\u{FEFF}", "crlf"])
    func theHeadNamesTheFramework(prefix: String) throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/s.json"
        var text = String(decoding: Fixtures.importedStore.encodedBytes(framework: Fixtures.framework), as: UTF8.self)
        if prefix == "crlf" { text = text.replacingOccurrences(of: "\n", with: "\r\n") } else { text = prefix + text }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(StoreFile(path: path).recordedFramework() == FrameworkRef(id: "mgi-topics", version: 1))
        let paths = Paths.resolve(storeOption: path, environment: ["HOME": folder])
        #expect(try Workspace.loadFramework(paths: paths).id == "mgi-topics")
        #expect(Workspace.frameworkPath(paths: paths).hasSuffix("/frameworks/mgi-topics.json"), "what migof paths prints")
        #expect(try Workspace.loadFramework(paths: Paths.resolve(storeOption: folder + "/none.json", environment: ["HOME": folder])).id == "sdg-10-7-2")
    }
}
