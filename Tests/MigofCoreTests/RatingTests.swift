import Testing
@testable import MigofCore

@Suite struct RatingTests {
    @Test func headlineRule() {
        // Full coverage: assessed wins over reported.
        let full = Rating(reported: 2, source: "s", assessedMean: 3.4, scored: 6, total: 6)
        #expect(full.basis == .assessed)
        #expect(full.value == 3)
        // Partial coverage never hides a published rating.
        let partial = Rating(reported: 2, source: "s", assessedMean: 4, scored: 1, total: 6)
        #expect(partial.basis == .reported)
        #expect(partial.value == 2)
        // Partial coverage without a published rating headlines, marked partial.
        let onlyPartial = Rating(reported: nil, source: nil, assessedMean: 2.5, scored: 2, total: 6)
        #expect(onlyPartial.basis == .partial)
        #expect(onlyPartial.value == 3)
        let nothing = Rating(reported: nil, source: nil, assessedMean: nil, scored: 0, total: 6)
        #expect(nothing.basis == nil)
        #expect(nothing.value == nil)
        #expect(nothing.coverage == "0/6 scored")
    }

    @Test func roundingIsHalfUp() {
        let values: [(Double, Int)] = [(1.0, 1), (1.49, 1), (1.5, 2), (2.5, 3), (3.5, 4), (4.0, 4)]
        for (mean, band) in values {
            #expect(Rating(reported: nil, source: nil, assessedMean: mean, scored: 1, total: 1).assessed == band)
        }
    }

    @Test func disagreementIsAWholeBand() {
        #expect(Rating(reported: 3, source: "s", assessedMean: 2.0, scored: 6, total: 6).disagrees)
        #expect(!Rating(reported: 3, source: "s", assessedMean: 2.17, scored: 6, total: 6).disagrees)
        #expect(!Rating(reported: nil, source: nil, assessedMean: 1, scored: 6, total: 6).disagrees)
    }

    @Test func profileComputesAreaAndOverall() throws {
        var store = Fixtures.importedStore
        let f = Fixtures.framework
        for id in f.area("P2")!.indicators.map(\.id) {
            try store.setScore(2, indicator: id, country: "CAN", year: 2021, framework: f)
        }
        try store.setScore(4, indicator: "P1.1", country: "CAN", year: 2021, framework: f)
        let profile = Profile(country: store.countries["CAN"]!, year: 2021, framework: f)
        let p2 = profile.area("P2")!.rating
        #expect(p2.basis == .assessed)
        #expect(p2.value == 2)
        #expect(p2.reported == 4)
        #expect(p2.disagrees)
        let p1 = profile.area("P1")!.rating
        #expect(p1.basis == .reported)
        #expect(p1.coverage == "1/7 scored")
        #expect(profile.overall.reported == 3)
        #expect(profile.overall.assessedMean == 3.0)
        #expect(profile.overall.basis == .reported)
    }
}
