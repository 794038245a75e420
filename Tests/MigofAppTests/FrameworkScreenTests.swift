import Foundation
import Testing
import MigofApp
import MigofCore
import MigofWidgets

/// The dashboard under the bundled default framework (SDG 10.7.2, on the bundled store as
/// shipped): its golden profile, and a whole assessment answered from the keyboard. The other
/// app tests run under the MGI topics.
@Suite struct FrameworkScreenTests {
    static func app(size: Size = Size(width: 100, height: 30)) -> App {
        _ = TextWidth.useUTF8Locale()
        var app = App(store: AppFixtures.bundledStore, framework: AppFixtures.sdg, storePath: "/data/store.json")
        app.update(.resize(size))
        return app
    }

    static let screens: [(String, @Sendable (inout App) -> Void)] = [
        ("sdg-profile-tur", { app in app.type("/turkiye"); app.press(.enter, .enter) }),
        // P1 answered by five digits (yes, legal-only, legal-only, no, yes: 60% → 2, against the
        // published 3); auto-advance has moved on to 2a.
        ("sdg-profile-tur-p1-answered", { app in
            app.type("/turkiye"); app.press(.enter, .enter, .enter, .down)
            app.type("12231")
        }),
        // The same, back on P1's row: its published rating with the citation, its assessment.
        ("sdg-profile-tur-p1-detail", { app in
            app.type("/turkiye"); app.press(.enter, .enter, .enter, .down)
            app.type("12231"); app.press(.up, .up, .up, .up, .up, .up, .up)
        }),
        // Two answers in P2: partial 2/5 beside the published 4.
        ("sdg-profile-tur-p2-partial", { app in
            app.type("/turkiye"); app.press(.enter, .enter, .down, .enter, .down)
            app.type("12"); app.press(.up, .up, .up)
        }),
        // Canada 2021, whose published ratings carry a caveat in the data.
        ("sdg-profile-can-caveat", { app in app.type("/canada"); app.press(.enter, .enter) }),
    ]

    /// Türkiye (P1 answered) against Canada, P1 open: answers by label on both sides.
    static let compareScreens: [(String, @Sendable (inout App) -> Void)] = [
        ("sdg-compare-tur-can-p1", { app in
            app.type("/turkiye"); app.press(.enter, .enter, .enter, .down)
            app.type("12231"); app.type("ccanada"); app.press(.enter, .down, .enter)
        }),
    ]

    @Test(arguments: GoldenScreenTests.compareSizes)
    func comparisonsMatchGoldens(size: Size) throws {
        try GoldenScreenTests.check(Self.compareScreens, size: size, start: { Self.app(size: $0) })
    }

    /// An indicator's Δ compares what the answers mean, not their keys: yes (key 1) against
    /// no (key 3) is three bands down, never "▲2".
    @Test func compareDeltasFollowTheAnswersMeaning() throws {
        var store = AppFixtures.bundledStore
        try store.setScore(1, indicator: "1a", country: "TUR", year: 2021, framework: AppFixtures.sdg)
        try store.setScore(3, indicator: "1a", country: "CAN", year: 2021, framework: AppFixtures.sdg)
        _ = TextWidth.useUTF8Locale()
        var app = App(store: store, framework: AppFixtures.sdg, storePath: "/data/store.json")
        app.update(.resize(Size(width: 100, height: 30)))
        app.type("/turkiye"); app.press(.enter, .enter)
        app.type("ccanada"); app.press(.enter, .down, .enter)
        let text = app.screenText(Size(width: 100, height: 30))
        let row = text.split(separator: "\n").first { $0.contains("1a Essential") }.map(String.init) ?? ""
        #expect(row.contains("yes") && row.contains("no") && row.contains("▼3"), "\(text)")
        #expect(!row.contains("▲"))
    }

    /// Text and style layers, as every golden screen: record mode rewrites and still fails.
    @Test(arguments: GoldenScreenTests.sizes)
    func profilesMatchGoldens(size: Size) throws {
        try GoldenScreenTests.check(Self.screens, size: size, start: { Self.app(size: $0) })
    }

    /// A partial assessment with nothing published: shown, marked, but never ranked.
    @Test func aPartialAssessmentIsShownButNotRanked() throws {
        var store = AppFixtures.bundledStore
        let f = AppFixtures.sdg
        store.countries["CAN"]!.assessments[2021]!.reportedAreas["P1"] = nil
        try store.setScore(1, indicator: "1a", country: "CAN", year: 2021, framework: f)
        try store.setScore(3, indicator: "1b", country: "CAN", year: 2021, framework: f)
        _ = TextWidth.useUTF8Locale()
        var app = App(store: store, framework: f, storePath: "/data/store.json")
        app.update(.resize(Size(width: 100, height: 30)))
        app.type("/canada")
        app.press(.enter, .enter)
        let text = app.screenText(Size(width: 100, height: 30))
        // (1 + 0) / 2 = 50% → 2, provisional.
        #expect(text.contains("2*"), "\(text)")
        #expect(text.contains("partial 2/5"))
        let profile = Profile(country: app.store.countries["CAN"]!, year: 2021, framework: f)
        #expect(profile.area("P1")!.rating.value == nil)
    }

    /// The UN rule written out: the mean of the values × 100, banded at 40, 80, 100.
    private func unRating(_ values: [Double]) -> Int {
        let percent = values.reduce(0, +) * 100 / Double(values.count)
        return percent >= 100 ? 4 : percent >= 80 ? 3 : percent >= 40 ? 2 : 1
    }

    /// The 30 questions answered from the keyboard in 32 keys from the profile (Enter, ↓, then
    /// one digit each: auto-advance does the rest, crossing from area to area). The digits'
    /// values are written out here as the UN gives them, not read from the framework file.
    @Test func answeringAllThirtyFromTheKeyboardGivesTheUNRating() {
        var app = Self.app()
        app.type("/turkiye")
        app.press(.enter, .enter)
        let framework = AppFixtures.sdg
        var values: [Double] = []
        var random = SplitMix64(seed: 30)
        var keys = 0
        app.press(.enter, .down)
        keys += 2
        for domain in 1...6 {
            for _ in 1...5 {
                // Domain 1: 1 yes (1), 2 legal status only (0.5), 3 no (0); domains 2–6: 1 yes, 2 no.
                let key = random.next(in: 1...(domain == 1 ? 3 : 2))
                values.append(domain == 1 ? [1, 0.5, 0][key - 1] : [1, 0][key - 1])
                app.type(String(key))
                keys += 1
            }
        }
        #expect(keys <= 35, "a whole assessment in about 35 keys")
        let percent = values.reduce(0, +) * 100 / 30
        let text = app.screenText(Size(width: 100, height: 30))
        let overall = text.split(separator: "\n").first { $0.contains("Overall:") }.map(String.init) ?? ""
        #expect(overall.contains("published 3"), "the published rating stays on screen: \(overall)")
        #expect(overall.contains("assessed \(unRating(values)) · \(ScoringRule.text(percent, unit: "%"))"), "\(overall)")
        let assessment = app.store.countries["TUR"]!.assessments[2021]!
        #expect(assessment.scores.count == 30, "every indicator answered by its key")
        let profile = Profile(country: app.store.countries["TUR"]!, year: 2021, framework: framework, sources: app.store.sources)
        #expect(profile.overall.basis == .assessed)
        #expect(profile.overall.assessed == unRating(values))
        #expect(profile.overall.reported == 3, "the published rating stays beside it")
        for (index, area) in profile.areas.enumerated() {
            #expect(area.rating.assessed == unRating(Array(values[(index * 5)..<(index * 5 + 5)])))
        }
    }
}
