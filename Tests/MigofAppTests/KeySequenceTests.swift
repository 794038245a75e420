import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

@Suite struct KeySequenceTests {
    @Test func searchIgnoresCaseAndAccentsAndMatchesISOCodes() {
        var app = AppFixtures.app()
        app.type("/cote")
        #expect(app.browserRows == ["CIV"])
        app.press(.escape)
        #expect(app.browserRows.count == AppFixtures.store.countries.count)
        app.type("/TÜRKI")
        #expect(app.browserRows == ["TUR"])
        app.press(.escape)
        app.type("/dk")
        #expect(app.browserRows == ["DNK"])
        app.press(.escape)
        app.type("/mex")
        #expect(app.browserRows == ["MEX"])
        app.press(.backspace, .backspace, .backspace)
        #expect(app.browserRows.count == AppFixtures.store.countries.count)
    }

    @Test func enterEndsSearchAndKeepsTheResults() {
        var app = AppFixtures.app()
        app.type("/norw")
        app.press(.enter)
        #expect(app.browserRows == ["NOR"])
        app.type("q")
        #expect(app.quitRequested)
    }

    @Test func sortCyclesThroughNameOverallAndAreas() {
        var app = AppFixtures.app()
        app.type("b")
        #expect(app.browserSort == .name)
        app.type("o")
        #expect(app.browserSort == .overall)
        let overall = app.browserRows.compactMap { app.profile($0)?.overall.value }
        #expect(overall == overall.sorted(by: >))
        app.type("oo")
        #expect(app.browserSort == .area("P2"))
        app.type("O")
        #expect(app.browserSort == .area("P1"))
        let p1 = app.browserRows.prefix(15).compactMap { app.profile($0)?.area("P1")?.rating.value }
        #expect(p1.count == 15)
        #expect(p1 == p1.sorted(by: >))
    }

    @Test func regionFilterCyclesAndClears() {
        var app = AppFixtures.app()
        app.type("br")
        let first = app.browserRows.compactMap { AppFixtures.store.countries[$0]?.region }
        #expect(Set(first) == ["Africa"])
        app.type("r")
        #expect(Set(app.browserRows.compactMap { AppFixtures.store.countries[$0]?.region }) == ["Americas"])
        app.type("R")
        #expect(app.browserRows.count == AppFixtures.store.countries.count)
    }

    @Test func navigationOpensAreaThenProfileAndEscGoesBack() {
        var app = AppFixtures.app()
        #expect(app.screenID == .home)
        app.press(.right, .right, .down)
        app.press(.enter)
        #expect(app.screenID == .area("O3"))
        app.press(.enter)
        let first = app.screenID
        guard case .profile(let code) = first else {
            Issue.record("expected a profile, got \(first)")
            return
        }
        #expect(AppFixtures.store.countries[code] != nil)
        app.press(.escape)
        #expect(app.screenID == .area("O3"))
        app.press(.escape, .escape)
        #expect(app.screenID == .home)
        app.type("4")
        #expect(app.screenID == .area("O1"))
        app.type("H")
        #expect(app.stackIDs == [.home])
    }

    @Test func yearSwitchChangesTheFigures() {
        var app = AppFixtures.app()
        #expect(app.year == 2021)
        app.type("[")
        #expect(app.year == 2019)
        app.type("[")
        #expect(app.year == 2019)
        app.type("]]")
        #expect(app.year == 2023)
        app.type("[")
        app.type("/can")
        app.press(.enter, .enter)
        #expect(app.screenID == .profile("CAN"))
        let text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("[2021]"))
        app.type("[")
        #expect(app.screenText(Size(width: 100, height: 30)).contains("[2019]"))
    }

    @Test func themeCyclesLive() {
        let themes = [Theme.builtinDark, Theme(name: "light", styles: [:]), Theme(name: "mono", styles: [:])]
        var app = AppFixtures.app(options: AppOptions(themes: themes))
        #expect(app.theme.name == "dark")
        app.type("t")
        #expect(app.theme.name == "light")
        #expect(app.screenText(Size(width: 100, height: 30)).contains("theme: light"))
        app.type("tt")
        #expect(app.theme.name == "dark")
    }

    @Test func helpListsEveryBindingAndClosesWithEsc() {
        var app = AppFixtures.app(size: Size(width: 100, height: 60))
        app.type("?")
        // Page through the overlay, collecting what it shows.
        var text = ""
        for _ in 0..<6 {
            text += app.screenText(Size(width: 100, height: 60))
            app.press(.pageDown)
        }
        for binding in Keymap.standard.bindings {
            #expect(text.contains(binding.help), "help lacks \(binding.help)")
        }
        app.press(.escape)
        #expect(!app.screenText(Size(width: 100, height: 60)).contains("Keys · Esc closes"))
    }

    @Test func footerHintsComeFromTheKeymap() {
        var app = AppFixtures.app(size: Size(width: 200, height: 30))
        app.type("b")
        let footer = app.screenText(Size(width: 200, height: 30)).split(separator: "\n").last.map(String.init) ?? ""
        let important = Keymap.standard.bindings.filter { ($0.context == .browser || $0.context == .global) && $0.hint != nil && $0.priority <= 3 }
        for hint in Keymap.standard.hints(for: .browser) where important.contains(where: { $0.hint == hint.label }) {
            #expect(footer.contains("\(hint.key) \(hint.label)"), "footer lacks \(hint.label)")
        }
        #expect(footer.hasSuffix("Press ? for help"))
    }

    /// On the first screen Esc has nowhere to go back to, so the footer spends its room on
    /// keys that do something; one screen in, it is back.
    @Test func theFirstScreenHasNoBackHint() {
        let size = Size(width: 100, height: 30)
        var app = AppFixtures.app(size: size)
        var footer = app.screenText(size).split(separator: "\n").last.map(String.init) ?? ""
        #expect(!footer.contains("Esc back") && footer.contains("Enter open") && footer.contains("b countries"), "\(footer)")
        app.type("1")
        footer = app.screenText(size).split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("Esc back"), "\(footer)")
    }

    /// At 80x24 the footer names the store by its file name and keeps the screen's most
    /// important keys, in priority order, each whole.
    @Test func footerFitsTheKeysThatMatterAt80Columns() {
        let size = Size(width: 80, height: 24)
        var app = AppFixtures.app(size: size)
        app.type("b")
        let footer = app.screenText(size).split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.hasPrefix("/data/store.json · 2021  f filter  Enter profile  o order"), "\(footer)")
        #expect(footer.hasSuffix("Press ? for help"))
        let hints = Keymap.standard.hints(for: .browser)
        let shown = hints.filter { footer.contains("  \($0.key) \($0.label)") }
        #expect(shown.count >= 3)
        // Whole hints only: nothing but shown hints between the store and the help segment.
        let middle = shown.map { "\($0.key) \($0.label)" }.joined(separator: "  ")
        #expect(footer.contains(middle))
        #expect(App.shortName("/home/ana/.local/share/migof/store.json", width: 200) == "/home/ana/.local/share/migof/store.json")
        #expect(App.shortName("/home/ana/.local/share/migof/store.json", width: 80) == "store.json")
    }

    @Test func ctrlCAndSignalsQuitWithTheirStatus() {
        var app = AppFixtures.app()
        app.press(.ctrl("c"))
        #expect(app.quitRequested && app.exitStatus == 130)
        var other = AppFixtures.app()
        other.update(.signal(15))
        #expect(other.quitRequested && other.exitStatus == 143)
        var plain = AppFixtures.app()
        plain.type("q")
        #expect(plain.quitRequested && plain.exitStatus == 0)
    }

    @Test func deepLinksOpenTheRequestedScreens() {
        let app = AppFixtures.app(options: AppOptions(country: "CAN", area: "O2", year: 2019))
        #expect(app.stackIDs == [.home, .area("O2"), .profile("CAN")])
        #expect(app.year == 2019)
    }

    @Test func mouseClickSelectsAndOpens() {
        var app = AppFixtures.app()
        app.type("b")
        // Row 3 of the content is the first country; click the third one twice.
        app.update(.mouse(MouseEvent(x: 10, y: 1 + 3 + 2, kind: .press(1))))
        #expect(app.browserSelection == 2)
        app.update(.mouse(MouseEvent(x: 10, y: 1 + 3 + 2, kind: .press(1))))
        #expect(app.screenID == .profile(app.browserRows[2]))
        app.update(.mouse(MouseEvent(x: 10, y: 10, kind: .scrollDown)))
        #expect(app.screenID == .profile(app.browserRows[2]))
    }
}
