import Testing
@testable import MigofCore

@Suite struct ComparisonTests {
    let store = Fixtures.importedStore
    let framework = Fixtures.framework

    private func compare(_ a: String, _ ya: Int, _ b: String, _ yb: Int) -> Comparison {
        Comparison(a: Profile(country: store.countries[a]!, year: ya, framework: framework),
                   b: Profile(country: store.countries[b]!, year: yb, framework: framework))
    }

    @Test func canadaAgainstDenmark() {
        let c = compare("CAN", 2021, "DNK", 2021)
        #expect(c.rows.map(\.delta) == [0, -1, 0, -2, -2, -2, -1])
        #expect(c.tally.a == 4)
        #expect(c.tally.b == 0)
        #expect(c.tally.tie == 2)
        #expect(c.summary == "Canada leads in 4 areas, Denmark in 0, equal in 2")
        #expect(ComparisonReport.deltaText(-2) == "▼2")
        #expect(ComparisonReport.deltaText(1) == "▲1")
        #expect(ComparisonReport.deltaText(0) == "=")
        #expect(ComparisonReport.deltaText(nil) == "–")
    }

    @Test func missingValuesAreNotZero() {
        let c = compare("AFG", 2021, "CAN", 2021)
        #expect(c.tally.missing == 6)
        #expect(c.overallRow.delta == 0)
        #expect(c.summary.hasSuffix("not comparable in 6 (missing)"))
    }

    @Test func trendNamesTheYears() {
        let c = compare("MEX", 2019, "MEX", 2021)
        #expect(c.names.a == "Mexico 2019")
        #expect(c.names.b == "Mexico 2021")
    }

    @Test func assessedAndReportedStayDistinct() throws {
        var edited = store
        for id in framework.area("P1")!.indicators.map(\.id) {
            try edited.setScore(1, indicator: id, country: "CAN", year: 2021, framework: framework)
        }
        let c = Comparison(a: Profile(country: edited.countries["CAN"]!, year: 2021, framework: framework),
                           b: Profile(country: store.countries["CAN"]!, year: 2021, framework: framework))
        let p1 = c.areaRows[0]
        #expect(p1.a.basis == .assessed)
        #expect(p1.a.reported == 3)
        #expect(p1.b.basis == .reported)
        #expect(p1.delta == 2)
        let json = JSONWriter.write(ComparisonReport(comparison: c, framework: framework).json)
        #expect(json.contains("\"basis\": \"assessed\""))
    }
}

@Suite struct AreaStatisticsTests {
    @Test func countsBandsAndRegionAverages() {
        let store = Fixtures.importedStore
        let profiles = store.codes.map { Profile(country: store.countries[$0]!, year: 2021, framework: Fixtures.framework) }
        let o1 = AreaStatistics(areaID: "O1", profiles: profiles, scale: 1...4)
        let assessed = profiles.filter(\.hasAssessment).count
        #expect(o1.rated + o1.unrated == assessed)
        let expected = profiles.compactMap { $0.area("O1")?.rating.value }
        for band in 1...4 { #expect(o1.bands[band - 1] == expected.filter { $0 == band }.count) }
        let europe = o1.regions.first { $0.name == "Europe" }!
        let values = profiles.filter { $0.country.region == "Europe" }.compactMap { $0.area("O1")?.rating.value }
        #expect(europe.count == values.count)
        #expect(abs(europe.average - Double(values.reduce(0, +)) / Double(values.count)) < 1e-9)
        let overall = AreaStatistics(areaID: nil, profiles: profiles, scale: 1...4)
        #expect(overall.rated == 88)
    }

    @Test func defaultYearIgnoresALoneLaterValue() {
        #expect(Fixtures.importedStore.years == [2019, 2021, 2023])
        #expect(Fixtures.importedStore.defaultYear() == 2021)
    }
}
