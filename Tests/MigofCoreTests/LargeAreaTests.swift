import Testing
@testable import MigofCore

/// An area of 10,000 indicators: an entry is read on its own, not by building the whole area.
@Suite struct LargeAreaTests {
    @Test func entriesAreReadOneByOne() throws {
        // The options of the MGI topics' indicators (the 1-4 scale), since answers are option numbers.
        let options = Fixtures.framework.options(for: "P1.1")
        let indicators = (1...10_000).map { Indicator(id: "P1.\($0)", name: "Indicator \($0)", description: "", options: options) }
        let area = Area(id: "P1", kind: .principle, domain: 1, title: "Big", statement: "", domainName: "", indicators: indicators)
        let base = Fixtures.framework
        let framework = Framework(id: "big", version: 1, name: "big", scale: base.scale, rule: base.rule, areas: [area])
        var store = Store()
        store.countries["CAN"] = Fixtures.catalog.countries["CAN"]
        try store.setScore(3, indicator: "P1.9999", country: "CAN", year: 2021, framework: framework)
        try store.setNote("last but one", indicator: "P1.9999", country: "CAN", year: 2021, framework: framework)
        let profile = Profile(country: store.countries["CAN"]!, year: 2021, framework: framework)
        // A collection view, not an array copied out on every access (the cause of 5-10 s keys).
        let entries: IndicatorEntries = profile.areas[0].indicators
        #expect(entries.count == 10_000)
        #expect(entries[9_998].score == 3 && entries[9_998].note == "last but one")
        #expect(entries[0].score == nil && entries[0].indicator.id == "P1.1")
        #expect(entries.filter { $0.score != nil }.count == 1)
        #expect(profile.areas[0] == Profile(country: store.countries["CAN"]!, year: 2021, framework: framework).areas[0])
    }
}
