import Foundation
import Testing
@testable import MigofCore

@Suite struct StoreCodecTests {
    let framework = Fixtures.framework

    @Test func roundTripIsByteIdentical() throws {
        let bytes = try StoreFile(path: Fixtures.paths.bundledStore).readBytes()
        let store = try Store.parse(bytes, path: "bundled", framework: Fixtures.sdg)
        #expect(Array(store.encoded(framework: Fixtures.sdg).utf8) == bytes)
        #expect(bytes.last == UInt8(ascii: "\n"))
    }

    @Test func changingOneScoreChangesOneLine() throws {
        var store = Fixtures.importedStore
        let before = store.encoded(framework: framework).split(separator: "\n", omittingEmptySubsequences: false)
        try store.setScore(3, indicator: "O2.4", country: "MEX", year: 2021, framework: framework)
        let after = store.encoded(framework: framework).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1.trimmingCharacters(in: .whitespaces) == "\"O2.4\": 3,")
    }

    @Test func notesRoundTripWithAccents() throws {
        var store = Fixtures.importedStore
        try store.setNote("Loi n° 2018-12 « asile » — vérifié ✓", indicator: "P1.2", country: "CIV", year: 2019, framework: framework)
        let text = store.encoded(framework: framework)
        let back = try Store.parse(Array(text.utf8), path: "x", framework: framework)
        #expect(back == store)
        #expect(back.countries["CIV"]!.assessments[2019]!.notes["P1.2"] == "Loi n° 2018-12 « asile » — vérifié ✓")
    }

    static let valid = #"""
    {
      "version": 1,
      "countries": {
        "CAN": {
          "name": "Canada",
          "iso2": "CA",
          "m49": "124",
          "region": "Americas",
          "subRegion": "Northern America",
          "assessments": {
            "2021": {
              "reported": {"overall": {"rating": 3, "source": "s"}},
              "scores": {"P1.1": 2}
            }
          }
        }
      }
    }
    """#

    @Test func validFixtureParses() {
        #expect(Fixtures.firstError(Self.valid) == nil)
    }

    @Test(arguments: [
        ("\"P1.1\": 2", "\"P1.1\": 0", "s.json:13:30: answer of P1.1 in CAN 2021 must be one of 1, 2, 3, 4, got 0"),
        ("\"P1.1\": 2", "\"P1.1\": 5", "s.json:13:30: answer of P1.1 in CAN 2021 must be one of 1, 2, 3, 4, got 5"),
        ("\"P1.1\": 2", "\"P1.1\": 2.5", "s.json:13:30: answer of P1.1 in CAN 2021 must be one of 1, 2, 3, 4, got 2.5"),
        ("\"P1.1\": 2", "\"P1.1\": \"2\"", "s.json:13:30: answer of P1.1 in CAN 2021 must be one of 1, 2, 3, 4, got \"2\""),
        ("\"P1.1\": 2", "\"P9.9\": 2", "s.json:13:22: unknown indicator 'P9.9' in CAN 2021; the framework has no such id"),
        ("\"rating\": 3", "\"rating\": 7", "s.json:12:46: reported rating CAN 2021 overall must be a whole number from 1 to 4, got 7"),
        ("\"name\": \"Canada\"", "\"name\": 42", "s.json:5:15: name of CAN must be a string"),
        ("\"version\": 1", "\"version\": 4", "s.json:2:14: unsupported store version 4; this migof reads versions 1 to 3"),
        ("\"version\": 1", "\"version\": 2", "s.json:1:1: the store is missing 'framework'"),
        ("\"2021\": {", "\"21\": {", "s.json:11:9: assessment year '21' of CAN must be a four-digit year"),
        ("\"CAN\": {", "\"can\": {", "s.json:4:5: country key 'can' must be three capital letters (ISO 3166 alpha-3)"),
        ("\"iso2\": \"CA\",", "", "s.json:4:12: country CAN is missing 'iso2'"),
        ("\"subRegion\": \"Northern America\",", "\"subRegion\": \"Northern America\", \"flag\": 1,", "s.json:9:40: unknown field 'flag' in country CAN"),
    ])
    func invalidValuesAreRefusedWithPosition(find: String, replace: String, expected: String) {
        let text = Self.valid.replacingOccurrences(of: find, with: replace)
        #expect(text != Self.valid)
        #expect(Fixtures.firstError(text) == expected)
    }

    @Test func duplicateCountriesAreRefused() {
        let text = #"{"version": 1, "countries": {"AAA": {}, "AAA": {}}}"#
        #expect(Fixtures.firstError(text)?.hasPrefix("s.json:1:41: duplicate key 'AAA' in countries (first at 1:30)") == true)
    }

    @Test func emptyAndTruncatedFilesAreRefused() {
        #expect(Fixtures.firstError("") != nil)
        #expect(Fixtures.firstError("   \n") != nil)
        #expect(Fixtures.firstError("[]") == "s.json:1:1: the store must be an object")
        let valid = Array(Self.valid.utf8)
        for cut in stride(from: 0, to: valid.count - 1, by: 7) {
            let error = Fixtures.firstError(String(decoding: valid[0..<cut], as: UTF8.self))
            #expect(error?.hasPrefix("s.json:") == true, "cut at \(cut) was accepted")
        }
    }

    @Test func loadingNeverTouchesTheFile() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/bad.json"
        let text = Self.valid.replacingOccurrences(of: "\"P1.1\": 2", with: "\"P1.1\": 9")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(throws: MigofError.self) { try StoreFile(path: path).load(framework: framework) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["bad.json"])
    }
}
