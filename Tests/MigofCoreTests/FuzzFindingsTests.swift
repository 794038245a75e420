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
