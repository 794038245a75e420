import Testing
@testable import MigofCore

@Suite struct RatingTests {
    private func rating(reported: Int?, figure: Double?, band: Int?, scored: Int, total: Int) -> Rating {
        Rating(reported: reported, source: reported == nil ? nil : "s", assessedMean: figure, assessed: band,
               scored: scored, total: total)
    }

    @Test func headlineRule() {
        // Full coverage: assessed wins over reported.
        let full = rating(reported: 2, figure: 80, band: 3, scored: 5, total: 5)
        #expect(full.basis == .assessed)
        #expect(full.value == 3)
        #expect(full.published == 2)
        // Partial coverage never hides a published rating.
        let partial = rating(reported: 2, figure: 100, band: 4, scored: 1, total: 5)
        #expect(partial.basis == .reported)
        #expect(partial.value == 2)
        #expect(!partial.disagrees)
        // A partial assessment alone is provisional: shown, never a headline value.
        let onlyPartial = rating(reported: nil, figure: 50, band: 2, scored: 2, total: 5)
        #expect(onlyPartial.basis == .partial)
        #expect(onlyPartial.value == nil)
        #expect(onlyPartial.shown == 2)
        #expect(onlyPartial.cell == "2*")
        let nothing = rating(reported: nil, figure: nil, band: nil, scored: 0, total: 6)
        #expect(nothing.basis == nil)
        #expect(nothing.value == nil)
        #expect(nothing.coverage == "0/6 scored")
    }

    @Test func disagreementIsADifferentBand() {
        #expect(rating(reported: 3, figure: 79.9, band: 2, scored: 5, total: 5).disagrees)
        #expect(!rating(reported: 3, figure: 80, band: 3, scored: 5, total: 5).disagrees)
        #expect(!rating(reported: nil, figure: 0, band: 1, scored: 5, total: 5).disagrees)
        // Partial: provisional, never flagged.
        #expect(!rating(reported: 4, figure: 0, band: 1, scored: 4, total: 5).disagrees)
    }

    @Test func figureText() {
        #expect(Rating(reported: nil, source: nil, assessedMean: 60, assessed: 2, scored: 5, total: 5, unit: "%").figureText == "60%")
        #expect(Rating(reported: nil, source: nil, assessedMean: 2.6666, assessed: 3, scored: 3, total: 3).figureText == "2.67")
        #expect(Rating(reported: nil, source: nil, assessedMean: 63.333, assessed: 2, scored: 30, total: 30, unit: "%").figureText == "63.33%")
    }

    @Test func describeShowsThePublishedRatingBesideTheAssessedOne() {
        let f = Fixtures.sdg
        let complete = Rating(reported: 3, source: "s", assessedMean: 60, assessed: 2, scored: 5, total: 5, unit: "%")
        #expect(complete.describe(framework: f) == "2 Partially meets (assessed 2 · 60%; published 3) ! bands differ")
        #expect(complete.assessedText == "2 · 60%")
        let partial = Rating(reported: nil, source: nil, assessedMean: 50, assessed: 2, scored: 2, total: 5, unit: "%")
        #expect(partial.describe(framework: f) == "– unrated (no rating yet; partial 2/5: 2 · 50%)")
        #expect(partial.assessedText == "2* · 50%")
        #expect(partial.basisLabel == "partial 2/5")
    }

    @Test func mgiProfileComputesAreaAndOverall() throws {
        var store = Fixtures.importedStore
        let f = Fixtures.framework
        for id in f.area("P2")!.indicators.map(\.id) {
            try store.setScore(2, indicator: id, country: "CAN", year: 2021, framework: f)
        }
        try store.setScore(4, indicator: "P1.1", country: "CAN", year: 2021, framework: f)
        let profile = Profile(country: store.countries["CAN"]!, year: 2021, framework: f, sources: store.sources)
        let p2 = profile.area("P2")!.rating
        #expect(p2.basis == .assessed)
        #expect(p2.value == 2)
        #expect(p2.reported == 4)
        #expect(p2.disagrees)
        #expect(p2.citation == "Statistics Canada, national SDG reporting platform")
        #expect(p2.caveat != nil)
        let p1 = profile.area("P1")!.rating
        #expect(p1.basis == .reported)
        #expect(p1.coverage == "1/7 scored")
        #expect(profile.overall.reported == 3)
        // MGI topics: the overall is the mean of the area figures (2 and 4), banded at 1.5/2.5/3.5.
        #expect(profile.overall.assessedMean == 3.0)
        #expect(profile.overall.assessed == 3)
        #expect(profile.overall.basis == .reported)
    }

    @Test func mgiBandsRoundHalfUp() {
        let rule = Fixtures.framework.rule
        let values: [(Double, Int)] = [(1.0, 1), (1.49, 1), (1.5, 2), (2.49, 2), (2.5, 3), (3.49, 3), (3.5, 4), (4.0, 4)]
        for (mean, band) in values { #expect(rule.band(mean) == band, "\(mean)") }
    }
}
