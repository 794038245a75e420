import Foundation
import Testing
@testable import MigofCore

/// What the libFuzzer harness (`make fuzz`, Sources/MigofFuzz) found, each input also kept in
/// Tests/fuzz/corpus/, and the cross-check it relies on.
@Suite struct FuzzFindingsTests {
    /// A small framework whose first indicator's id and first area's id can be replaced.
    static func framework(indicator: String = "a.1", area: String = "A") -> String {
        """
        {"id": "tiny", "version": 1, "name": "t", "scale": [{"value": 1, "label": "low"}, {"value": 2, "label": "high"}],
         "rule": {"aggregate": "mean", "factor": 1, "overall": "areas", "bands": [{"from": 0, "rating": 1}, {"from": 1, "rating": 2}]},
         "options": [{"value": 0, "label": "no", "short": "n"}, {"value": 1, "label": "yes", "short": "y"}],
         "areas": [{"id": \(JSONWriter.line(.string(area))), "kind": "principle", "domain": 1, "title": "t", "statement": "s", "domainName": "d",
                    "indicators": [{"id": \(JSONWriter.line(.string(indicator))), "name": "n", "description": "d"}]}]}
        """
    }

    /// Found by fuzzing (Tests/fuzz/corpus/framework/found-nonascii-indicator-id.json): an indicator
    /// id with a non-ASCII letter or a quote was accepted, and then the fast decoder declined
    /// every store under that framework, migof's own saves included.
    @Test(arguments: ["Λ", "é", "a\"b", "a b", "a\u{01}", "a\\b", ""])
    func frameworkRefusesIndicatorIDsThatAreNotPlainASCII(_ id: String) {
        let bytes = Array(Self.framework(indicator: id).utf8)
        #expect(throws: MigofError.self) { try Framework.parse(bytes, path: "f.json") }
    }

    @Test func frameworkRefusesAnAreaCalledOverall() {
        for id in ["overall", "Overall", "Λ"] {
            let bytes = Array(Self.framework(area: id).utf8)
            #expect(throws: MigofError.self, "\(id)") { try Framework.parse(bytes, path: "f.json") }
        }
    }

    @Test func plainIDsStillLoadAndTheirStoresTakeTheFastPath() throws {
        let framework = try Framework.parse(Array(Self.framework(indicator: "A_1.x-2").utf8), path: "f.json")
        let store = SyntheticStore(entities: 2, years: 2, seed: 3).make(framework: framework)
        #expect(StoreDecoding.crossCheck(store.encodedBytes(framework: framework), framework: framework) == .accepted(store))
    }

    /// Found by fuzzing (Tests/fuzz/corpus/journal/found-unknown-source.journal): a journalled
    /// country or year whose published rating cites a source missing from the store's table
    /// was replayed, and `migof recover` saved a store that migof then refused to read.
    @Test func replayRefusesRatingsCitingAnUnknownSource() throws {
        let framework = Fixtures.framework
        let store = SyntheticStore(entities: 1, years: 1, seed: 2).make(framework: framework)
        var country = try #require(store.countries["S00001"])
        var assessment = try #require(country.assessments[2021])
        assessment.reportedOverall?.source = "nowhere"
        country.assessments[2021] = assessment
        let added = Country(iso3: "XYZ", iso2: "", m49: "", name: "X", region: "", subRegion: "", assessments: country.assessments)
        let edits: [Edit] = [
            .country(code: "XYZ", old: nil, new: added),
            .assessment(country: "S00001", year: 2023, old: nil, new: assessment),
        ]
        for edit in edits {
            var copy = store
            #expect(throws: MigofError.self, "\(edit.summary)") { try copy.apply(edit, framework: framework) }
            #expect(copy == store, "nothing changes")
        }
        // With a source the table has, the same edits apply and the result reads back.
        var fine = store
        try fine.apply(.country(code: "XYZ", old: nil, new: Country(iso3: "XYZ", iso2: "", m49: "", name: "X", region: "",
                                                                       subRegion: "", assessments: store.countries["S00001"]!.assessments)),
                       framework: framework)
        #expect(StoreDecoding.crossCheck(fine.encodedBytes(framework: framework), framework: framework) == .accepted(fine))
    }

    @Test func replayRefusesACountryUnderAnInvalidKey() {
        var store = SyntheticStore(entities: 1, years: 1, seed: 2).make(framework: Fixtures.framework)
        let bad = Country(iso3: "no key", iso2: "", m49: "", name: "X", region: "", subRegion: "", assessments: [:])
        #expect(throws: MigofError.self) { try store.apply(.country(code: "no key", old: nil, new: bad), framework: Fixtures.framework) }
    }

    @Test func crossCheckTellsEachOutcomeApart() throws {
        let framework = Fixtures.framework
        var store = SyntheticStore(entities: 2, years: 1, seed: 5).make(framework: framework)
        let saved = store.encodedBytes(framework: framework)
        #expect(StoreDecoding.crossCheck(saved, framework: framework) == .accepted(store))
        // An escaped key is valid JSON the fast path leaves to the checked decoder.
        let text = String(decoding: saved, as: UTF8.self)
        let escaped = Array(text.replacingOccurrences(of: "\"name\":", with: "\"n\\u0061me\":").utf8)
        #expect(StoreDecoding.crossCheck(escaped, framework: framework) == .acceptedByCheckedOnly(store))
        guard case .refused(let diagnostics) = StoreDecoding.crossCheck(Array(saved.dropLast(40)), framework: framework) else {
            Issue.record("a truncated store is refused")
            return
        }
        #expect(!diagnostics.isEmpty)
        store.countries.removeAll()
        #expect(StoreDecoding.crossCheck(store.encodedBytes(framework: framework), framework: framework) == .accepted(store))
    }
}
