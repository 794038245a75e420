import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The view recorded at quit opens again at the next start.
@Suite struct ViewStateTests {
    /// Records `app`'s view, then restores it into a fresh app.
    static func reopened(_ app: App, options: AppOptions = AppOptions(themes: themes)) -> App {
        var next = AppFixtures.app(options: options)
        next.restore(app.viewState)
        return next
    }

    static let themes: [Theme] = {
        var light = Theme.builtinDark
        light.name = "light"
        return [Theme.builtinDark, light]
    }()

    @Test func browserKeepsSortSearchRegionAndRow() {
        var app = AppFixtures.app(options: AppOptions(themes: Self.themes))
        app.type("b")
        app.press(.char("o"), .char("r"))
        app.type("/an")
        app.press(.enter, .down)
        let state = app.viewState
        #expect(state.screen == "browser" && state.sort == "overall" && state.filter == "an" && state.region != nil)
        let next = Self.reopened(app)
        #expect(next.stackIDs == [.home, .browser])
        #expect(next.browserRows == app.browserRows && !next.browserRows.isEmpty)
        #expect(next.browserSelection == app.browserSelection && next.browserSort == .overall)
        #expect(next.viewState == state)
    }

    @Test func aReversedOrderReopensReversed() {
        var app = AppFixtures.app(options: AppOptions(themes: Self.themes))
        app.type("b")
        app.press(.char("o"), .char("o"), .char("~"))
        #expect(app.viewState.sort == "P1 reversed")
        let next = Self.reopened(app)
        var unreversed = app
        unreversed.press(.char("~"))
        #expect(next.browserRows == app.browserRows && next.browserRows != unreversed.browserRows)
        #expect(next.viewState.sort == "P1 reversed")
    }

    @Test func profileYearAndThemeReopen() {
        var app = AppFixtures.app(options: AppOptions(country: "MEX", themes: Self.themes))
        app.press(.char("["), .char("t"))
        #expect(app.year == 2019 && app.theme.name == "light")
        let next = Self.reopened(app)
        #expect(next.screenID == .profile("MEX"))
        #expect(next.year == 2019 && next.theme.name == "light")
        // Esc still goes back to home.
        var back = next
        back.update(.key(.escape))
        #expect(back.screenID == .home)
    }

    @Test func areaComparisonAndMapReopen() {
        var area = AppFixtures.app()
        area.type("2")
        #expect(Self.reopened(area).screenID == .area("P2"))
        var compare = AppFixtures.app()
        compare.openComparison("CAN", year: 2021, with: "DNK", year: 2019)
        let reopened = Self.reopened(compare)
        #expect(reopened.comparisonState.map { [$0.a, $0.b] } == ["CAN", "DNK"])
        #expect(reopened.comparisonState.map { [$0.yearA, $0.yearB] } == [2021, 2019])
        var map = AppFixtures.app()
        _ = map.open(screenNamed: "map")
        #expect(Self.reopened(map).screenID == .map)
    }

    @Test func whatNoLongerExistsIsSkipped() {
        var app = AppFixtures.app(options: AppOptions(themes: Self.themes))
        app.restore(ViewState(screen: "profile", country: "ZZZ", area: "Q9", year: 1999, theme: "gone", sort: "nonsense"))
        // The browser was remembered (its sort), so it stays under the missing profile.
        #expect(app.stackIDs == [.home, .browser])
        #expect(app.theme.name == "dark" && app.year == AppFixtures.store.defaultYear())
        app.restore(ViewState(screen: "somewhere"))
        #expect(app.stackIDs == [.home])
    }

    @Test func theRememberedScreenReplacesTheConfiguredStartScreen() {
        var app = AppFixtures.app(options: AppOptions(startScreen: .browser))
        app.restore(ViewState(screen: "profile", country: "CAN"))
        #expect(app.stackIDs == [.home, .profile("CAN")])
    }
}
