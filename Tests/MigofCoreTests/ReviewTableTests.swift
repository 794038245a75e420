import Testing
@testable import MigofCore

/// The review worklist on the bundled SDG store with a few answers, and its report formats.
@Suite struct ReviewTableTests {
    /// Canada 2021: P1 all "no" (0%, band 1, published 3); Denmark 2019: P3 all "yes" (100%,
    /// band 4, published 4); Mexico 2021: one P2 answer.
    static let store: Store = {
        var store = Fixtures.importedSDG
        let sdg = Fixtures.sdg
        // Answer 1 is "yes" (value 1), the last answer "no" (value 0).
        for indicator in sdg.area("P1")!.indicators {
            try! store.setScore(indicator.options.count, indicator: indicator.id, country: "CAN", year: 2021, framework: sdg)
        }
        for indicator in sdg.area("P3")!.indicators { try! store.setScore(1, indicator: indicator.id, country: "DNK", year: 2019, framework: sdg) }
        try! store.setScore(1, indicator: sdg.area("P2")!.indicators[0].id, country: "MEX", year: 2021, framework: sdg)
        return store
    }()

    @Test func disagreementsComeFirstThenTheRest() {
        let table = ReviewTable(store: Self.store, framework: Fixtures.sdg)
        #expect(table.rows.map { "\($0.iso3) \($0.year)" } == ["CAN 2021", "DNK 2019", "MEX 2021"])
        #expect(table.rows[0].disagreements.map(\.id) == ["P1"])
        #expect(table.rows[0].largestGap == 2)
        #expect(table.rows[0].areas[0].comparison == "1≠3" && table.rows[0].areas[0].compact == "5/5≠")
        #expect(table.rows[1].areas[2].comparison == "4=4")
        #expect(table.rows[2].areas[1].coverage == "1/5")
        #expect(table.rows[2].areas[0].comparison == "–/4")
        #expect(ReviewTable(store: Self.store, framework: Fixtures.sdg, year: 2019).rows.map(\.iso3) == ["DNK"])
        #expect(ReviewTable(store: Fixtures.importedSDG, framework: Fixtures.sdg).rows.isEmpty)
    }

    @Test func formatsCarryTheSameRows() throws {
        let report = ReviewReport(table: ReviewTable(store: Self.store, framework: Fixtures.sdg))
        let json = try JSONParser.parse(report.render(.json))
        let rows = try #require(json.member("rows")?.value.array)
        #expect(rows.count == 3)
        #expect(rows[0].member("areas")?.value.member("P1")?.value.member("disagrees")?.value.bool == true)
        #expect(rows[0].member("areas")?.value.member("P1")?.value.member("text")?.value.string == "5/5 1≠3")
        let csv = report.render(.csv).split(separator: "\n")
        #expect(csv.count == 4)
        #expect(csv[1].hasPrefix("CAN,Canada,2021,"))
        #expect(report.render(.md).contains("| CAN | Canada | 2021 |"))
        #expect(report.render(.table).contains("3 country-years with answers · 1 with disagreements (1 area)"))
        let empty = ReviewReport(table: ReviewTable(store: Fixtures.importedSDG, framework: Fixtures.sdg)).render(.table)
        #expect(empty.hasPrefix("0 country-years with answers"))
    }
}
