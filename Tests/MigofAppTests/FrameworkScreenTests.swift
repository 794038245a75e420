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
        ("sdg-profile-tur-p1-answered", { app in
            app.type("/turkiye"); app.press(.enter, .enter, .enter, .down)
            app.type("1"); app.press(.down); app.type("2"); app.press(.down); app.type("2"); app.press(.down); app.type("3")
        }),
    ]

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

    @Test func answeringAllThirtyFromTheKeyboardGivesTheUNRating() {
        var app = Self.app()
        app.type("/turkiye")
        app.press(.enter, .enter)
        let framework = AppFixtures.sdg
        var values: [Double] = []
        var random = SplitMix64(seed: 30)
        for area in framework.areas {
            app.press(.enter)
            for indicator in area.indicators {
                app.press(.down)
                let key = random.next(in: 1...indicator.options.count)
                values.append(indicator.options[key - 1].value)
                app.type(String(key))
            }
            app.press(.enter)
            app.press(.down)
        }
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
