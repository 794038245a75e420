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
        // Every country-year of the data has its domains now; take them away on both sides.
        var edited = store
        edited.countries["AFG"]!.assessments[2021]!.reportedAreas = [:]
        edited.countries["CAN"]!.assessments[2021]!.reportedAreas = [:]
        let c = Comparison(a: Profile(country: edited.countries["AFG"]!, year: 2021, framework: framework),
                           b: Profile(country: edited.countries["CAN"]!, year: 2021, framework: framework))
        #expect(c.tally.missing == 6)
        #expect(c.tally.a == 0 && c.tally.b == 0 && c.tally.tie == 0)
        #expect(c.areaRows.allSatisfy { $0.delta == nil && $0.leader == .missing })
        #expect(c.overallRow.delta == 0)
        #expect(c.summary == "No area is rated on both sides (6 missing); overall, equal")
    }

    @Test func someMissingAreasAreCountedApart() throws {
        var edited = store
        // Denmark without a published P1 and no scores: P1 has no rating at all.
        edited.countries["DNK"]!.assessments[2021]!.reportedAreas["P1"] = nil
        let c = Comparison(a: Profile(country: edited.countries["CAN"]!, year: 2021, framework: framework),
                           b: Profile(country: edited.countries["DNK"]!, year: 2021, framework: framework))
        #expect(c.areaRows[0].leader == .missing)
        #expect(c.tally.a == 4 && c.tally.tie == 1 && c.tally.missing == 1)
        #expect(c.summary == "Canada leads in 4 areas, Denmark in 0, equal in 1, not comparable in 1 (missing)")
    }

    @Test func leadsAndTiesFollowTheSignOfBMinusA() {
        let c = compare("DNK", 2021, "CAN", 2021)
        #expect(c.rows.map(\.delta) == [0, 1, 0, 2, 2, 2, 1])
        #expect(c.areaRows.map(\.leader) == [.tie, .b, .tie, .b, .b, .b])
        #expect(c.summary == "Denmark leads in 0 areas, Canada in 4, equal in 2")
        let one = compare("NOR", 2021, "DNK", 2021)
        #expect(one.tally.a + one.tally.b + one.tally.tie == 6)
        #expect(one.summary.contains(one.tally.a == 1 ? "Norway leads in 1 area," : "Norway leads in \(one.tally.a) areas,"))
    }

    @Test func trendNamesTheYearsAndCountsUpAndDown() {
        let c = compare("MEX", 2019, "MEX", 2021)
        #expect(c.isTrend)
        #expect(c.names.a == "Mexico 2019")
        #expect(c.names.b == "Mexico 2021")
        #expect(c.overallRow.delta == 2)
        #expect(c.summary == "Mexico from 2019 to 2021: up in 6 areas, down in 0, unchanged in 0")
        // Swapped, the delta turns and the words turn with it: never "up" beside a ▼.
        let back = compare("MEX", 2021, "MEX", 2019)
        #expect(back.overallRow.delta == -2)
        #expect(back.summary == "Mexico 2019 against 2021: higher in 0 areas, lower in 6, unchanged in 0")
        #expect(!back.summary.contains("up"))
        let reversed = compare("DEU", 2021, "DEU", 2019)
        let r = reversed.tally
        #expect(reversed.summary.hasPrefix("Germany 2019 against 2021: higher in \(r.b == 1 ? "1 area" : "\(r.b) areas"), lower in \(r.a), unchanged in \(r.tie)"))
        let germany = compare("DEU", 2019, "DEU", 2021)
        let t = germany.tally
        #expect(germany.summary.hasPrefix("Germany from 2019 to 2021: up in \(t.b == 1 ? "1 area" : "\(t.b) areas"), down in \(t.a), unchanged in \(t.tie)"))
    }

    @Test func indicatorRowsDifferWhenScoresDoIncludingOneSided() throws {
        var edited = store
        try edited.setScore(3, indicator: "O1.1", country: "CAN", year: 2021, framework: framework)
        try edited.setScore(3, indicator: "O1.2", country: "CAN", year: 2021, framework: framework)
        try edited.setScore(4, indicator: "O1.2", country: "DNK", year: 2021, framework: framework)
        try edited.setScore(2, indicator: "O1.3", country: "CAN", year: 2021, framework: framework)
        try edited.setScore(2, indicator: "O1.3", country: "DNK", year: 2021, framework: framework)
        try edited.setNote("different notes do not make a difference", indicator: "O1.4", country: "DNK", year: 2021, framework: framework)
        let c = Comparison(a: Profile(country: edited.countries["CAN"]!, year: 2021, framework: framework),
                           b: Profile(country: edited.countries["DNK"]!, year: 2021, framework: framework))
        let o1 = c.indicatorRows(area: 3)
        #expect(o1.map(\.indicator.id) == framework.area("O1")!.indicators.map(\.id))
        #expect(o1.map(\.differs) == [true, true, false, false, false, false])
        #expect(o1.map(\.delta) == [nil, 1, 0, nil, nil, nil])
        #expect(c.indicatorRows(area: 99).isEmpty)
        let json = JSONWriter.write(ComparisonReport(comparison: c, framework: framework).json)
        #expect(json.contains("\"differs\": true"))
        let md = ComparisonReport(comparison: c, framework: framework).render(.md)
        #expect(md.contains("### Indicators that differ"))
        #expect(md.contains("| O1.2 Skills recognition | 3 | 4 | ▲1 |"))
        #expect(md.contains("| O1.1 Labour market access | 3 | – | – |"))
        #expect(!md.contains("O1.3"))
        let text = ComparisonReport(comparison: c, framework: framework).render(.text)
        #expect(text.contains("Indicators that differ (2):"))
    }

    @Test func defaultYearsAreSharedByCommandAndDashboard() {
        let can = store.countries["CAN"]!, dnk = store.countries["DNK"]!, mex = store.countries["MEX"]!
        #expect(Comparison.defaultYears(a: can, b: dnk, inView: nil, fallback: 2021) == (2021, 2021))
        #expect(Comparison.defaultYears(a: can, b: dnk, inView: 2019, fallback: 2021) == (2019, 2019))
        #expect(Comparison.defaultYears(a: mex, b: mex, inView: nil, fallback: 2021) == (2019, 2021))
        #expect(Comparison.defaultYears(a: mex, b: mex, inView: 2019, fallback: 2021) == (2019, 2021))
        #expect(Comparison.years(a: mex, b: mex, year: nil, yearB: nil, fallback: 2021) == (2019, 2021))
        #expect(Comparison.years(a: can, b: dnk, year: 2019, yearB: nil, fallback: 2021) == (2019, 2019))
        #expect(Comparison.years(a: can, b: dnk, year: 2019, yearB: 2021, fallback: 2021) == (2019, 2021))
        // Kazakhstan's lone 2023 value: compared with Canada, both sides fall back to a year both have.
        let kaz = store.countries["KAZ"]!
        let both = Comparison.defaultYears(a: kaz, b: can, inView: nil, fallback: 2021)
        #expect(both.a == both.b && kaz.years.contains(both.a) && can.years.contains(both.a))
        let empty = Country(iso3: "ZZZ", iso2: "ZZ", m49: "999", name: "Nowhere", region: "", subRegion: "")
        #expect(Comparison.defaultYears(a: empty, b: can, inView: nil, fallback: 2021) == (2021, 2021))
    }

    @Test func reportsShowBasesLabelsAndTheSummary() {
        let report = ComparisonReport(comparison: compare("CAN", 2021, "DNK", 2021), framework: framework)
        let text = report.render(.text)
        #expect(text.contains("A: Canada (CAN, Americas, 2021)"))
        #expect(text.contains("CAN│DNK"))
        #expect(text.contains("Overall                                   3  reported  3    ██████│████      2  reported  2       ▼1"))
        #expect(text.contains("Pub: the published rating."))
        #expect(text.contains("Scale: 1 Requires further progress · 2 Partially meets · 3 Meets · 4 Fully meets"))
        let md = report.render(.md)
        #expect(md.contains("| Overall | 3 Meets (reported) | 2 Partially meets (reported) | ▼1 |"))
        #expect(md.contains("|---|---|---|---:|"))
        #expect(md.contains("Canada leads in 4 areas, Denmark in 0, equal in 2."))
        let noData = ComparisonReport(comparison: compare("CAN", 2023, "DNK", 2021), framework: framework).render(.text)
        #expect(noData.contains("A: Canada (CAN, Americas, 2023, no assessment)"))
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
        #expect(p1.a.value == 1)
        #expect(p1.b.basis == .reported)
        // The delta compares headlines: B's published 3 against A's complete assessment of 1.
        #expect(p1.delta == 2)
        #expect(p1.a.basisLabel == "assessed !")
        let json = JSONWriter.write(ComparisonReport(comparison: c, framework: framework).json)
        #expect(json.contains("\"basis\": \"assessed\""))
        #expect(json.contains("\"disagreement\": true"))
        let text = ComparisonReport(comparison: c, framework: framework).render(.text)
        #expect(text.contains("assessed !  1"))
        let md = ComparisonReport(comparison: c, framework: framework).render(.md)
        #expect(md.contains("| P1 Migrants' rights | 1 Requires further progress (assessed 1 · 1.00; published 3) ! bands differ | 3 Meets (reported) | ▲2 |"), "\(md)")
    }

    @Test func aPartialAssessmentNeverHidesThePublishedRating() throws {
        var edited = store
        try edited.setScore(1, indicator: "P2.1", country: "DNK", year: 2021, framework: framework)
        let c = Comparison(a: Profile(country: store.countries["CAN"]!, year: 2021, framework: framework),
                           b: Profile(country: edited.countries["DNK"]!, year: 2021, framework: framework))
        let p2 = c.areaRows[1]
        #expect(p2.b.basis == .reported && p2.b.value == 3 && p2.b.assessed == 1)
        #expect(p2.delta == -1)
        #expect(p2.b.basisLabel == "reported")
        // Provisional: shown beside the published rating, never flagged as a disagreement.
        #expect(!p2.b.disagrees)
        #expect(p2.b.describe(framework: framework) == "3 Meets (reported; partial 1/5: 1 · 1.00)")
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
        #expect(overall.rated == 89)
    }

    @Test func defaultYearIgnoresALoneLaterValue() {
        #expect(Fixtures.importedStore.years == [2019, 2021, 2023])
        #expect(Fixtures.importedStore.defaultYear() == 2021)
    }
}
