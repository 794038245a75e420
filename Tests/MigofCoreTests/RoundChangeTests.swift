import Testing
@testable import MigofCore

@Suite struct RoundChangeTests {
    private func rating(reported: Int?, band: Int?, scored: Int) -> Rating {
        Rating(reported: reported, source: nil, assessedMean: band.map(Double.init), assessed: band, scored: scored, total: 5)
    }

    @Test func comparesLikeWithLike() {
        let published2019 = rating(reported: 2, band: nil, scored: 0)
        let assessed2021 = rating(reported: nil, band: 4, scored: 5)
        #expect(RoundChange.between(published2019, assessed2021) == nil, "never published against assessed")
        let both2019 = rating(reported: 2, band: 3, scored: 5)
        let both2021 = rating(reported: 3, band: 1, scored: 5)
        #expect(RoundChange.between(both2019, both2021) == RoundChange(basis: .assessed, from: 3, to: 1))
        #expect(RoundChange.published(both2019, both2021)?.delta == 1)
        // A partial assessment is not compared.
        let partial2021 = rating(reported: 3, band: 1, scored: 2)
        #expect(RoundChange.between(both2019, partial2021) == RoundChange(basis: .published, from: 2, to: 3))
    }

    @Test func thinFiguresAreMarked() {
        #expect(AreaStatistics.isThin(2))
        #expect(!AreaStatistics.isThin(3))
        let store = Fixtures.importedStore
        let profiles = store.codes.map { Profile(country: store.countries[$0]!, year: 2021, framework: Fixtures.framework) }
        let o1 = AreaStatistics(areaID: "O1", profiles: profiles, scale: 1...4)
        #expect(o1.regions.allSatisfy { $0.count > 0 })
        // Every average carries its n, and the n add up to the rated countries.
        #expect(o1.regions.map(\.count).reduce(0, +) == o1.rated)
    }

    @Test func partialAssessmentsNeverEnterStatistics() throws {
        var store = Fixtures.importedStore
        let f = Fixtures.framework
        // Two of seven P1 indicators for a country with no published P1: provisional only.
        store.countries["NZL"] = Fixtures.catalog.countries["NZL"]
        store.countries["NZL"]!.assessments[2021] = Assessment()
        try store.setScore(1, indicator: "P1.1", country: "NZL", year: 2021, framework: f)
        try store.setScore(1, indicator: "P1.2", country: "NZL", year: 2021, framework: f)
        let profiles = store.codes.map { Profile(country: store.countries[$0]!, year: 2021, framework: f) }
        let p1 = AreaStatistics(areaID: "P1", profiles: profiles, scale: 1...4)
        let before = AreaStatistics(areaID: "P1", profiles: profiles.filter { $0.country.iso3 != "NZL" }, scale: 1...4)
        #expect(p1.bands == before.bands)
        #expect(p1.regions.map(\.average) == before.regions.map(\.average))
        #expect(p1.unrated == before.unrated + 1)
        var sorted = profiles
        CountrySort.area("P1").sort(&sorted)
        #expect(sorted.firstIndex { $0.country.iso3 == "NZL" }! >= sorted.filter { $0.area("P1")?.rating.value != nil }.count)
    }
}
