import Testing
@testable import MigofCore

@Suite struct FrameworkTests {
    @Test func mgiTopicsHaveSixAreasInMiGOFOrder() {
        let f = Fixtures.framework
        #expect(f.areas.map(\.id) == ["P1", "P2", "P3", "O1", "O2", "O3"])
        #expect(f.areas.map(\.domain) == [1, 2, 3, 4, 5, 6])
        #expect(f.areas.prefix(3).allSatisfy { $0.kind == .principle })
        #expect(f.areas.suffix(3).allSatisfy { $0.kind == .objective })
        for area in f.areas {
            #expect((5...8).contains(area.indicators.count), "\(area.id) has \(area.indicators.count) indicators")
            #expect(area.indicators.allSatisfy { $0.id.hasPrefix(area.id + ".") })
        }
        #expect(Set(f.indicatorIDs).count == f.indicatorIDs.count)
    }

    @Test func scaleComesFromTheFile() {
        let f = Fixtures.framework
        #expect(f.scoreRange == 1...4)
        #expect(f.label(for: 1) == "Requires further progress")
        #expect(f.label(for: 4) == "Fully meets")
        #expect(f.label(for: nil) == "Not rated")
        #expect(f.areaID(ofIndicator: "O2.3") == "O2")
        #expect(f.areaID(ofIndicator: "X9.9") == nil)
    }

    @Test func brokenFrameworkNamesLineAndColumn() {
        let text = """
        {"id": "x", "version": 1, "name": "x", "scale": [{"value": 1, "label": "a"}], "rule": {"aggregate": "mean", "factor": 1, "overall": "areas", "bands": [{"from": 1, "rating": 1}]}, "options": [{"value": 1, "label": "one", "short": "one"}],
         "areas": [{"id": "A", "kind": "rule", "domain": 1, "title": "t", "statement": "s",
                    "domainName": "d", "indicators": []}]}
        """
        #expect(throws: MigofError.self) { try Framework.parse(Array(text.utf8), path: "f.json") }
        do {
            _ = try Framework.parse(Array(text.utf8), path: "f.json")
        } catch {
            #expect(error.description.hasPrefix("f.json:2:32: kind must be"), "\(error)")
        }
    }

    @Test func customFrameworkChangesTheScale() throws {
        let text = """
        {"id": "five", "version": 1, "name": "five", "scale": [{"value": 1, "label": "low"}, {"value": 5, "label": "high"}],
         "rule": {"aggregate": "mean", "factor": 1, "overall": "areas", "bands": [{"from": 1, "rating": 1}, {"from": 3, "rating": 5}]},
         "options": [{"value": 1, "label": "low", "short": "low"}, {"value": 5, "label": "high", "short": "high"}],
         "areas": [{"id": "A", "kind": "principle", "domain": 1, "title": "t", "statement": "s",
                    "domainName": "d", "indicators": [{"id": "A.1", "name": "n", "description": "d"}]}]}
        """
        let f = try Framework.parse(Array(text.utf8), path: "f.json")
        #expect(f.scoreRange == 1...5)
        let store = #"{"version": 2, "framework": {"id": "five", "version": 1}, "sources": {}, "countries": {"XAA": {"name": "X", "iso2": "XA", "m49": "999", "region": "", "subRegion": "", "assessments": {"2020": {"scores": {"A.1": 5}}}}}}"#
        #expect(Fixtures.firstError(store, framework: f) == nil)
        #expect(Fixtures.firstError(store) != nil)
    }
}
