import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// Selections follow the country, not the row number, when an edit moves it.
@Suite struct SelectionIdentityTests {
    /// Score a country from its profile so that its rank changes, go back to the area panel:
    /// the same country is selected, and the next digit scores it.
    @Test func theAreaRankingKeepsTheCountryScoredFromItsProfile() {
        var app = AppFixtures.app()
        app.type("1")
        app.press(.down, .down)
        let code = app.ranked["P1"]![2]
        let rank = app.ranked["P1"]!.firstIndex(of: code)!
        app.press(.enter)
        #expect(app.screenID == .profile(code))
        // Every P1 indicator to 1: the country drops down the ranking.
        app.press(.enter)
        for _ in AppFixtures.framework.area("P1")!.indicators {
            app.press(.down)
            app.type("1")
        }
        let newRank = app.ranked["P1"]!.firstIndex(of: code)!
        #expect(newRank != rank, "the edit did not move the country")
        app.press(.escape)
        #expect(app.screenID == .area("P1"))
        guard case .area(let model) = app.screen else { return }
        #expect(model.selectedCode(app.document) == code)
        #expect(model.countries.selected == newRank)
        app.press(.tab)
        app.type("3")
        let first = AppFixtures.framework.area("P1")!.indicators[0].id
        #expect(app.store.countries[code]!.assessments[app.year]!.scores[first] == 3)
    }

    /// The browser sorted by a rating keeps its country selected when a score moves it.
    @Test func theBrowserKeepsItsCountryWhenAScoreReordersIt() {
        var app = AppFixtures.app()
        app.type("b")
        app.type("oo")  // by P1
        app.press(.down, .down, .down)
        let code = app.browserRows[app.browserSelection]
        app.press(.enter, .enter)
        for _ in AppFixtures.framework.area("P1")!.indicators {
            app.press(.down)
            app.type("1")
        }
        app.press(.escape)
        #expect(app.browserRows[app.browserSelection] == code)
    }
}
