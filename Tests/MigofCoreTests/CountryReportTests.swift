import Foundation
import Testing
@testable import MigofCore

@Suite struct CountryReportTests {
    let report = ReportFixtures.turkey

    @Test func theThresholdComesFromTheFrameworksScaleAndBands() {
        let sdg = DevelopmentThreshold(framework: Fixtures.sdg)
        #expect(sdg.rating == 3 && sdg.label == "Meets" && sdg.figure == 80)
        #expect(sdg.rule == "rated 3 (Meets) or higher, an assessed figure of at least 80%")
        let mgi = DevelopmentThreshold(framework: Fixtures.framework)
        #expect(mgi.rating == 3 && mgi.figure == 2.5)
        #expect(mgi.rule == "rated 3 (Meets) or higher, an assessed figure of at least 2.50")
        // A 1–5 scale: the middle rating 3 is not yet well developed.
        let five = Framework(id: "five", version: 1, name: "Five", scale: (1...5).map { RatingLevel(value: $0, label: "L\($0)", shortLabel: "l\($0)") },
                             rule: ScoringRule(factor: 1, bands: (1...5).map { .init(from: Double($0), rating: $0) }, overall: .areas),
                             areas: [])
        #expect(DevelopmentThreshold(framework: five).rating == 4)
        #expect(DevelopmentThreshold(framework: five).figure == 4)
    }

    @Test func areasArePlacedByTheirHeadlineRatingAtTheThreshold() {
        let threshold = DevelopmentThreshold(framework: Fixtures.sdg)
        func rating(_ reported: Int?, assessed: Int? = nil, scored: Int = 0) -> Rating {
            Rating(reported: reported, source: nil, assessedMean: assessed.map { Double($0) * 20 }, assessed: assessed,
                   scored: scored, total: 5)
        }
        #expect(threshold.place(rating(3)) == .wellDeveloped)
        #expect(threshold.place(rating(2)) == .furtherDevelopment)
        #expect(threshold.place(rating(4, assessed: 2, scored: 5)) == .furtherDevelopment, "a complete assessment headlines")
        #expect(threshold.place(rating(nil, assessed: 4, scored: 2)) == nil, "a partial assessment places nowhere")
        #expect(threshold.place(rating(nil)) == nil)
        // Türkiye 2021: P1 assessed 2 (70%) against the published 3; every other area published 3 or 4.
        #expect(report.areas(.furtherDevelopment).map(\.area.id) == ["P1"])
        #expect(report.areas(.wellDeveloped).map(\.area.id) == ["P2", "P3", "O1", "O2", "O3"])
        #expect(report.areas.first!.figures.rating.figureText == "70%")
    }

    @Test func changeSinceThePreviousRoundComparesLikeWithLike() {
        #expect(report.overall.previousYear == 2019)
        let p1 = report.areas[0].figures
        // 2021's P1 is assessed in full, 2019's is not: the published ratings are compared (2 → 3).
        #expect(p1.change == RoundChange(basis: .published, from: 2, to: 3))
        #expect(p1.changeText == "▲1 since 2019 (published 2 → 3)")
        #expect(report.areas[3].figures.change?.delta == 2, "O1 went from 1 to 3")
        #expect(report.areas[5].figures.changeCell.mark == "=", "O3 stayed at 4")
        let first = CountryReport(country: ReportFixtures.store.countries["TUR"]!, year: 2019, store: ReportFixtures.store,
                                  framework: Fixtures.sdg)
        #expect(first.overall.changeText == "first round")
    }

    @Test func regionAndWorldAveragesCountTheRatedCountriesOfTheYear() {
        let store = ReportFixtures.store
        let year = store.countries.values.filter { $0.assessments[2021] != nil }
            .map { Profile(country: $0, year: 2021, framework: Fixtures.sdg, sources: store.sources) }
        for (index, area) in report.areas.enumerated() {
            let values = year.compactMap { $0.areas[index].rating.value }
            let region = year.filter { $0.country.region == "Asia" }.compactMap { $0.areas[index].rating.value }
            let b = area.figures.benchmark
            #expect(b.worldCount == values.count && b.regionCount == region.count)
            #expect(abs(b.worldAverage! - Double(values.reduce(0, +)) / Double(values.count)) < 1e-9)
            #expect(abs(b.regionAverage! - Double(region.reduce(0, +)) / Double(region.count)) < 1e-9)
        }
        #expect(report.overall.benchmark.region == "Asia")
        #expect(report.areas[0].figures.benchmark.value == 2, "the country's own headline: the complete assessment")
    }

    @Test func caveatsSayWhatIsPartialWhatDisagreesAndWhatTheDataDoubts() {
        #expect(report.caveats.contains("P1: the assessed rating 2 (70%) differs from the published 3."))
        #expect(report.caveats.contains { $0.hasPrefix("P2: the assessment is partial (2/5 answered)") })
        #expect(!report.caveats.contains { $0.hasPrefix("P3:") })
    }

    @Test func sourcesAreNumberedOnceEachWithWhatCitesThem() {
        #expect(!report.sources.isEmpty)
        #expect(report.sources.map(\.number) == Array(1...report.sources.count))
        let cited = report.sources.flatMap(\.usedBy)
        #expect(Set(cited) == Set(["overall", "P1", "P2", "P3", "O1", "O2", "O3"]) && cited.count == 7)
        #expect(report.sourceNumber(report.overall.rating) != nil)
    }

    @Test func indicatorsCarryTheirAnswerInWordsAndTheirNote() {
        let p1 = report.areas[0].indicators
        #expect(p1.map(\.id) == ["1a", "1b", "1c", "1d", "1e"])
        #expect(p1[2].answer == "Yes, only for migrants with legal status" && p1[2].value == "0.5")
        #expect(p1[2].note == ReportFixtures.hostileNote)
        #expect(report.areas[2].indicators.allSatisfy { $0.answer == nil })
    }
}
