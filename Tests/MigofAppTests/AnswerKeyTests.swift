import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The answer keys come from the framework: digits pick the options in order, `0`/`x`
/// clear, `+`/`-` step without wrapping, and after an answer the selection moves on to the
/// next unanswered indicator (unless `auto-advance` is off).
@Suite struct AnswerKeyTests {
    static let size = Size(width: 100, height: 30)

    /// Türkiye 2021 under SDG 10.7.2 (no answers in the bundled store), its profile open, P1
    /// expanded and 1a selected.
    static func turkey1a(autoAdvance: Bool = true) -> App {
        _ = TextWidth.useUTF8Locale()
        var app = App(store: AppFixtures.bundledStore, framework: AppFixtures.sdg, storePath: "/data/store.json",
                      options: AppOptions(autoAdvance: autoAdvance))
        app.update(.resize(size))
        app.type("/turkiye")
        app.press(.enter, .enter, .enter, .down)
        return app
    }

    func answer(_ app: App, _ indicator: String) -> Int? {
        app.store.countries["TUR"]!.assessments[2021]!.scores[indicator]
    }

    func footer(_ app: App) -> String {
        app.screenText(Self.size).split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func digitsPickTheOptionsInTheFrameworksOrder() {
        var app = Self.turkey1a(autoAdvance: false)
        #expect(app.scoreTarget?.indicator == "1a")
        app.type("2")
        #expect(answer(app, "1a") == 2)
        #expect(AppFixtures.sdg.answerText(answer(app, "1a"), of: "1a") == "legal-only")
        #expect(footer(app).contains("TUR 2021 1a: – → legal-only"), "\(footer(app))")
        app.type("3")
        #expect(AppFixtures.sdg.answerText(answer(app, "1a"), of: "1a") == "no")
        // Domain 2 has two options: 3 is refused with the keys that work, and nothing changes.
        app.press(.down, .down, .down, .down, .down, .enter, .down)
        #expect(app.scoreTarget?.indicator == "2a")
        app.type("3")
        #expect(answer(app, "2a") == nil)
        #expect(footer(app).contains("3 is not an option of 2a: 1 yes · 2 no"), "\(footer(app))")
    }

    @Test func clearAndStepNeverWrap() {
        var app = Self.turkey1a(autoAdvance: false)
        app.type("-")
        #expect(answer(app, "1a") == nil, "- on an unanswered indicator does nothing")
        app.type("+")
        #expect(answer(app, "1a") == 1)
        app.type("++")
        #expect(answer(app, "1a") == 3)
        app.type("+")
        #expect(answer(app, "1a") == 3, "+ on the last option stays")
        #expect(footer(app).contains("already at the last option of 1a"))
        app.type("---")
        #expect(answer(app, "1a") == 1, "- on the first option stays")
        app.type("x")
        #expect(answer(app, "1a") == nil)
        app.type("20")
        #expect(answer(app, "1a") == nil)
    }

    @Test func theSelectedIndicatorsOptionsShowInTheFooterAndHelp() {
        var app = Self.turkey1a(autoAdvance: false)
        let domain1 = footer(app)
        #expect(domain1.contains("1 yes") && domain1.contains("2 legal-only") && domain1.contains("3 no"), "\(domain1)")
        #expect(!domain1.contains("1-9"))
        app.type("?")
        let help = app.screenText(Size(width: 100, height: 60))
        #expect(help.contains("Answers to 1a"))
        #expect(help.contains("legal-only: Yes, only for migrants with legal status"), "\(help)")
        app.press(.escape)
        app.press(.down, .down, .down, .down, .down, .enter, .down)
        let domain2 = footer(app)
        #expect(domain2.contains("1 yes") && domain2.contains("2 no") && !domain2.contains("legal-only"), "\(domain2)")
    }

    @Test func withNoIndicatorSelectedTheFooterNamesTheDigitsThatAnswer() {
        var sdg = App(store: AppFixtures.bundledStore, framework: AppFixtures.sdg, storePath: "/data/store.json")
        sdg.update(.resize(Self.size))
        sdg.type("1")
        #expect(footer(sdg).contains("1-3 score"), "\(footer(sdg))")
        var mgi = AppFixtures.app()
        mgi.update(.resize(Self.size))
        mgi.type("1")
        #expect(footer(mgi).contains("1-4 score"), "\(footer(mgi))")
    }

    @Test func anAnswerMovesToTheNextUnansweredCrossingIntoTheNextArea() {
        var app = Self.turkey1a()
        app.type("1")
        #expect(app.scoreTarget?.indicator == "1b")
        app.press(.down)
        app.type("1")
        #expect(app.scoreTarget?.indicator == "1d")
        // Back on 1b: 1c is answered already, so the advance skips it.
        app.press(.up, .up)
        app.type("2")
        #expect(app.scoreTarget?.indicator == "1d")
        app.type("11")
        #expect(app.scoreTarget?.indicator == "2a", "from P1's last indicator into P2, expanded")
        // Clearing and stepping stay put.
        app.type("+")
        #expect(app.scoreTarget?.indicator == "2a")
        app.type("x")
        #expect(app.scoreTarget?.indicator == "2a")
        var off = Self.turkey1a(autoAdvance: false)
        off.type("1")
        #expect(off.scoreTarget?.indicator == "1a", "auto-advance off: the selection stays")
    }

    @Test func theAreaPanelAdvancesIntoTheNextArea() {
        _ = TextWidth.useUTF8Locale()
        var app = App(store: AppFixtures.bundledStore, framework: AppFixtures.sdg, storePath: "/data/store.json")
        app.update(.resize(Self.size))
        app.type("1")
        app.press(.tab)
        let code = app.areaModel("P1")!.selectedCode(app.document)!
        for _ in 0..<5 { app.type("2") }
        #expect(app.scoreTarget?.indicator == "2a" && app.scoreTarget?.country == code)
        #expect((["1a", "1b", "1c", "1d", "1e"]).allSatisfy { app.store.countries[code]!.assessments[2021]!.scores[$0] == 2 })
    }
}

/// A partial assessment never enters the aggregates: home statistics, regional averages,
/// rankings and disagreement flags stay as they were until the area is fully answered.
@Suite struct PartialAggregateTests {
    @Test func aPartialAreaLeavesTheAggregatesAloneUntilComplete() {
        var app = AnswerKeyTests.turkey1a()
        let before = (stats: app.statistics["P1"]!, overall: app.overallStatistics, ranked: app.ranked["P1"]!)
        // Four "no" answers of five: 0% would be band 1, but it is partial.
        app.type("3333")
        let p1 = app.profile("TUR")!.area("P1")!.rating
        #expect(p1.basis == .reported && p1.value == 3 && p1.assessed == 1 && !p1.disagrees)
        #expect(app.statistics["P1"]! == before.stats, "bands and regional averages unchanged")
        #expect(app.overallStatistics == before.overall)
        #expect(app.ranked["P1"]! == before.ranked)
        // The fifth answer completes it: now it counts, and it disagrees with the published 3.
        app.type("3")
        let complete = app.profile("TUR")!.area("P1")!.rating
        #expect(complete.basis == .assessed && complete.value == 1 && complete.disagrees)
        #expect(app.statistics["P1"]!.bands[0] == before.stats.bands[0] + 1)
        #expect(app.statistics["P1"]!.bands[2] == before.stats.bands[2] - 1)
    }

    @Test func regionsOnFewerThanThreeCountriesAreMarked() {
        _ = TextWidth.useUTF8Locale()
        var store = AppFixtures.bundledStore
        // Keep two countries of Oceania rated in 2021.
        let oceania = store.countries.values.filter { $0.region == "Oceania" && $0.assessments[2021] != nil }.map(\.iso3).sorted()
        for code in oceania.dropFirst(2) { store.countries[code] = nil }
        var app = App(store: store, framework: AppFixtures.sdg, storePath: "/data/store.json")
        app.update(.resize(Size(width: 100, height: 30)))
        let text = app.screenText(Size(width: 100, height: 30))
        #expect(oceania.count >= 3)
        #expect(text.contains("Oceania (2, few)"), "\(text)")
        #expect(!text.contains("Europe (32, few)") && text.contains("Europe (32)"))
    }
}
