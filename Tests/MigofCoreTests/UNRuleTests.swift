import Testing
@testable import MigofCore

/// The SDG 10.7.2 rule, run through the generic framework rule of the bundled default.
@Suite struct UNRuleTests {
    let f = Fixtures.sdg

    /// A country with the given answers (by indicator id, as option numbers) in 2021.
    private func profile(_ answers: [String: Int], reported: Int? = nil) -> Profile {
        var assessment = Assessment()
        for (id, answer) in answers { assessment.scores[id] = answer }
        if let reported { assessment.reportedOverall = ReportedRating(rating: reported, source: "s") }
        let country = Country(iso3: "XXX", iso2: "", m49: "", name: "X", region: "", subRegion: "", assessments: [2021: assessment])
        return Profile(country: country, year: 2021, framework: f)
    }

    /// The option number of a value in an indicator (yes 1, legal-only 0.5, no 0).
    private func answer(_ value: Double, _ id: String) -> Int { f.answer(forValue: value, of: id)! }

    @Test(arguments: [(39.9, 1), (40, 2), (79.9, 2), (80, 3), (99.9, 3), (100, 4), (0, 1)])
    func bandEdges(figure: Double, rating: Int) {
        #expect(f.rule.band(figure) == rating)
    }

    @Test func frameworkHoldsTheRule() {
        #expect(f.id == "sdg-10-7-2")
        #expect(f.indicatorIDs.count == 30)
        #expect(f.areas.map { $0.indicators.count } == [5, 5, 5, 5, 5, 5])
        #expect(f.rule.factor == 100 && f.rule.overall == .indicators)
        #expect(f.options(for: "1c").map(\.value) == [1, 0.5, 0])
        #expect(f.options(for: "4b").map(\.value) == [1, 0])
        #expect(f.indicator("1d")?.name == "Social protection")
    }

    @Test func halfAnswersInDomainOne() {
        // yes, legal-only, legal-only, no, yes: (1 + .5 + .5 + 0 + 1) / 5 = 60% → 2.
        let ids = ["1a", "1b", "1c", "1d", "1e"]
        let values = [1, 0.5, 0.5, 0, 1]
        let p = profile(Dictionary(uniqueKeysWithValues: zip(ids, zip(values, ids).map { answer($0, $1) })))
        let p1 = p.area("P1")!.rating
        #expect(p1.assessedMean == 60)
        #expect(p1.assessed == 2)
        #expect(p1.basis == .partial || p1.basis == .assessed)
        #expect(p1.isFullyScored)
        #expect(p1.figureText == "60%")
        // Four halves and a yes: exactly 60 as well; four yes and a half: 90 → 3.
        let high = profile(["1a": 1, "1b": 1, "1c": 1, "1d": 1, "1e": 2]).area("P1")!.rating
        #expect(high.assessedMean == 90 && high.assessed == 3)
    }

    @Test func overallIsTheMeanOfAllThirtyNotOfTheDomainRatings() {
        // Domains 1–5 all yes (100% → 4 each), domain 6 all no (0% → 1): the mean of the six
        // domain ratings is 3.5, which rounds to 4, but 25 yes of 30 answers is 83.3% → 3.
        var answers: [String: Int] = [:]
        for area in f.areas {
            for indicator in area.indicators { answers[indicator.id] = answer(area.domain == 6 ? 0 : 1, indicator.id) }
        }
        let p = profile(answers, reported: 3)
        let domainRatings = p.areas.map { $0.rating.assessed! }
        #expect(domainRatings == [4, 4, 4, 4, 4, 1])
        let roundedMean = Int((Double(domainRatings.reduce(0, +)) / 6 + 0.5).rounded(.down))
        #expect(roundedMean == 4)
        #expect(abs(p.overall.assessedMean! - 250.0 / 3) < 1e-9)
        #expect(p.overall.assessed == 3)
        #expect(p.overall.basis == .assessed && !p.overall.disagrees)
        #expect(p.overall.figureText == "83.33%")
    }

    @Test func missingAnswersLeaveTheRatingPartial() {
        let p = profile(["1a": 1, "1b": 1, "2a": 2])
        let p1 = p.area("P1")!.rating
        #expect(p1.scored == 2 && p1.total == 5)
        #expect(p1.basis == .partial)
        #expect(p1.value == nil, "a partial rating never counts as a rating")
        #expect(p1.assessed == 4, "provisional: the rule on the answered indicators")
        #expect(p.area("P3")!.rating.basis == nil)
        #expect(p.overall.scored == 3 && p.overall.total == 30 && p.overall.value == nil)
        let withPublished = profile(["1a": 1], reported: 2)
        #expect(withPublished.overall.value == 2 && withPublished.overall.basis == .reported)
        #expect(!withPublished.overall.disagrees)
    }

    /// The UN rule written out directly, independent of the framework file and of ScoringRule.
    private func unRating(_ values: [Double]) -> Int {
        let percent = values.reduce(0, +) / Double(values.count) * 100
        if percent >= 100 - 1e-9 { return 4 }
        if percent >= 80 - 1e-9 { return 3 }
        if percent >= 40 - 1e-9 { return 2 }
        return 1
    }

    @Test func genericRuleEqualsTheUNRuleOnRandomAnswers() {
        var random = SplitMix64(seed: 10_7_2)
        for _ in 0..<2_000 {
            var answers: [String: Int] = [:]
            var values: [Int: [Double]] = [:]
            for area in f.areas {
                for indicator in area.indicators {
                    // Domain 1: 1, 0.5 or 0; the others: 1 or 0, as the UN metadata says.
                    let options: [Double] = area.domain == 1 ? [1, 0.5, 0] : [1, 0]
                    let value = options[random.next(in: 0...(options.count - 1))]
                    values[area.domain, default: []].append(value)
                    answers[indicator.id] = answer(value, indicator.id)
                }
            }
            let p = profile(answers)
            for area in p.areas {
                #expect(area.rating.assessed == unRating(values[area.area.domain]!), "\(answers)")
            }
            #expect(p.overall.assessed == unRating(values.values.flatMap { $0 }), "\(answers)")
        }
    }
}
