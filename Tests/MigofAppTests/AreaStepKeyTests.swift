import Testing
@testable import MigofApp
import MigofWidgets

/// `<` `>` move between areas on every screen where digits answer (area panel, profile,
/// comparison), so a digit never leaves the screen; `1-6` open areas only elsewhere.
@Suite struct AreaStepKeyTests {
    @Test func digitsAnswerAndAngleBracketsStepAreasWhereDigitsAnswer() {
        for context in [Context.area, .profile, .compare] {
            for digit in 1...6 {
                let action = Keymap.standard.action(for: .char(Character(String(digit))), in: context)
                #expect(action == .score(digit - 1), "\(context): \(digit) must answer, not navigate")
            }
            #expect(Keymap.standard.action(for: .char(">"), in: context) == .stepArea(1))
            #expect(Keymap.standard.action(for: .char("<"), in: context) == .stepArea(-1))
        }
        // Where digits do nothing else they still open areas.
        for context in [Context.home, .browser, .map, .rounds, .review] {
            #expect(Keymap.standard.action(for: .char("6"), in: context) == .area(5))
        }
        #expect(Action.stepArea(1).name == "next-area" && Action.stepArea(-1).name == "previous-area")
    }

    @Test func areaPanelStepsToTheNextAreaKeepingTheCountry() {
        var app = AppFixtures.app()
        app.type("1")
        #expect(app.screenID == .area("P1"))
        app.press(.down, .down)
        let country = app.areaModel("P1")?.selectedCountry
        #expect(country != nil)
        app.type(">")
        #expect(app.stackIDs == [.home, .area("P2")], "the panel is replaced, not stacked")
        #expect(app.areaModel("P2")?.selectedCountry == country)
        app.type("<<")
        #expect(app.screenID == .area("O3"), "< wraps from the first area to the last")
        app.press(.escape)
        guard case .home(let home) = app.screen else {
            Issue.record("Esc should land on home")
            return
        }
        #expect(home.selection == 5, "the home tile follows the area last seen")
    }

    @Test func areaPanelDigitsAnswerAndNeverSwitch() {
        var app = AppFixtures.app()
        app.type("1")
        app.press(.left)
        app.type("5")
        #expect(app.screenID == .area("P1"))
    }

    @Test func profileAngleBracketsMoveLikeTab() {
        var app = AppFixtures.app(options: AppOptions(country: "CAN"))
        #expect(app.screenID == .profile("CAN"))
        func selected(_ app: App) -> ProfileRow? {
            guard case .profile(let model) = app.screen else { return nil }
            return model.selectedRow(app.framework)
        }
        #expect(selected(app) == .area(0))
        app.type(">")
        #expect(selected(app) == .area(1))
        app.press(.enter, .down, .down)
        #expect(selected(app) == .indicator(area: 1, index: 1))
        app.type(">")
        #expect(selected(app) == .area(2), "> skips the open area's indicators")
        var tabbed = app
        app.type("<")
        tabbed.press(.backTab)
        #expect(selected(app) == .area(1))
        #expect(selected(app) == selected(tabbed), "< does what S-Tab does")
        app.type("<<")
        #expect(selected(app) == .area(5), "wraps to the last area")
        #expect(app.screenID == .profile("CAN"))
    }

    @Test func compareAngleBracketsSelectAreaRows() {
        var app = CompareKeySequenceTests.canadaDenmark()
        guard let state = app.comparisonState, let comparison = app.comparison(state) else {
            Issue.record("no comparison")
            return
        }
        func row(_ app: App) -> CompareRow? {
            guard let state = app.comparisonState else { return nil }
            let rows = state.rows(comparison, framework: app.framework)
            return rows.indices.contains(state.list.selected) ? rows[state.list.selected] : nil
        }
        #expect(row(app) == .overall)
        app.type(">")
        #expect(row(app) == .area(0))
        app.type(">>")
        #expect(row(app) == .area(2))
        app.type("<<<")
        #expect(row(app) == .area(5), "wraps among the areas")
        app.press(.up)
        #expect(row(app) == .area(4))
        app.type("<")
        #expect(row(app) == .area(3))
    }
}
