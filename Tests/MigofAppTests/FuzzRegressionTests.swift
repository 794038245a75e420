import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// Bugs the key fuzz test found, each replayed from its minimized event sequence.
@Suite struct FuzzRegressionTests {
    /// Changing the year kept an area ranking's selection past the end of the new, shorter
    /// ranking (O2 has 20 rated countries in 2021 and none in 2023).
    @Test func changingTheYearKeepsRankingSelectionsInRange() {
        var app = AppFixtures.app(size: Size(width: 72, height: 12))
        app.press(.char("5"), .ctrl("f"))
        #expect(app.areaModel("O2")!.countries.selected > 0)
        app.press(.char("]"))
        #expect(app.year == 2023)
        let count = app.ranked["O2"]?.count ?? 0
        #expect(count == 0 ? app.areaModel("O2")!.countries.selected == 0 : app.areaModel("O2")!.countries.selected < count)
    }

    /// Deleting the only country assessed in the year shown left the app on a year the store
    /// no longer has (minimized: `]` to 2023, Enter, Enter to its profile, `D`, `Y`).
    @Test func deletingTheLastCountryOfAYearMovesToAYearWithData() {
        var app = AppFixtures.app()
        app.press(.char("]"), .enter, .enter)
        #expect(app.year == 2023)
        guard case .profile(let code) = app.screenID else {
            Issue.record("expected a profile, got \(app.screenID)")
            return
        }
        let only = AppFixtures.store.countries.values.filter { $0.assessments[2023] != nil }.map(\.iso3)
        #expect(only == [code])
        app.press(.char("D"), .char("Y"))
        #expect(app.store.countries[code] == nil)
        #expect(app.years.contains(app.year))
        #expect(app.year == 2021)
    }
}
