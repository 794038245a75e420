import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The compare screen driven by keys, as an analyst would: getting there, changing sides and
/// years, expanding indicators, focus and the narrow layout.
@Suite struct CompareKeySequenceTests {
    /// Canada against Denmark, 2021, opened by marking both in the browser.
    static func canadaDenmark(size: Size = Size(width: 100, height: 30), store: Store = AppFixtures.store) -> App {
        _ = TextWidth.useUTF8Locale()
        var app = App(store: store, framework: AppFixtures.framework, storePath: "/data/store.json", options: AppOptions(autoAdvance: false))
        app.update(.resize(size))
        app.type("/canada")
        app.press(.enter)
        app.type(" ")
        app.press(.escape)
        app.type("/denmark")
        app.press(.enter)
        app.type(" c")
        return app
    }

    /// The Δ column of the screen's overall and area rows, top to bottom, as printed.
    static func deltas(_ app: App, size: Size = Size(width: 100, height: 30)) -> [String] {
        app.screenText(size).split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("┃"), line.contains("Overall") || line.contains("▸ ") || line.contains("▾ ") else { return nil }
            return line.split(separator: " ").last.map { String($0.dropLast()) }
        }
    }

    @Test func browserMarksTwoCountriesThenCOpensTheComparison() {
        var app = Self.canadaDenmark()
        guard let state = app.comparisonState else {
            Issue.record("no comparison on top: \(app.screenID)")
            return
        }
        #expect(state.a == "CAN" && state.b == "DNK")
        #expect(state.yearA == 2021 && state.yearB == 2021)
        let text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("Canada (CAN) · Americas · 2021"))
        #expect(text.contains("Denmark (DNK) · Europe · 2021"))
        #expect(text.contains("Canada leads in 4 areas, Denmark in 0, equal in 2"))
        // Overall first, then P1 … O3, exactly the model's deltas.
        #expect(Self.deltas(app) == ["▼1", "=", "▼1", "=", "▼2", "▼2", "▼2"])
        app.press(.escape)
        #expect(app.screenID == .browser)
        #expect(!app.screenText(Size(width: 100, height: 30)).contains("[A]"), "marks are cleared once used")
    }

    @Test func marksShowAsAAndBThenTheirTurnAndSpaceMovesDown() {
        var app = AppFixtures.app()
        app.type("b")
        app.type("  ")
        var text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("[A] Afghanistan"))
        #expect(text.contains("[B] Albania"))
        #expect(app.browserSelection == 2)
        // A third mark is taken too, and numbered: marks are never capped.
        app.type(" ")
        text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("[3] Angola"))
        #expect(text.contains("c compares A and B; the others wait their turn"))
        app.press(.up, .up)
        app.type(" ")
        #expect(app.screenText(Size(width: 100, height: 30)).contains("unmarked Albania"))
        #expect(app.screenText(Size(width: 100, height: 30)).contains("[B] Angola"))
        app.type("c")
        #expect(app.comparisonState?.a == "AFG")
        #expect(app.comparisonState?.b == "AGO")
    }

    @Test func oneMarkComparesWithTheSelectedCountry() {
        var app = AppFixtures.app()
        app.type("b ")
        app.press(.down)
        app.type("c")
        #expect(app.comparisonState?.a == "AFG")
        #expect(app.comparisonState?.b == "AGO")
    }

    @Test func profileAsksForTheSecondCountryWithIncrementalSearch() {
        var app = AppFixtures.app()
        app.type("/canada")
        app.press(.enter, .enter)
        app.type("c")
        var text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("Compare Canada with…"))
        #expect(text.contains("138 of 138"))
        app.type("den")
        text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("2 of 138"))
        #expect(text.contains("DNK  Denmark"))
        #expect(text.contains("SWE  Sweden"))
        // Keys go to the field while the picker is open: q types, it does not quit.
        app.type("q")
        #expect(!app.quitRequested)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("0 of 138"))
        app.press(.backspace)
        app.press(.enter)
        #expect(app.comparisonState?.a == "CAN")
        #expect(app.comparisonState?.b == "DNK")
    }

    @Test func pickerEscapeCancelsAndCodesAndPrefixesComeFirst() {
        var app = AppFixtures.app()
        app.type("/canada")
        app.press(.enter, .enter)
        app.type("ccan")
        let lines = app.screenText(Size(width: 100, height: 30)).split(separator: "\n")
        let listed = lines.filter { $0.contains("┃CAN ") || $0.contains("┃CAF ") || $0.contains("┃DOM ") }
        #expect(listed.first?.contains("CAN  Canada") == true, "ISO code first: \(listed)")
        app.press(.escape)
        #expect(app.screenID == .profile("CAN"))
        #expect(!app.screenText(Size(width: 100, height: 30)).contains("Compare Canada with"))
    }

    @Test func theSameCountryTwiceIsTheTrendView() {
        var app = AppFixtures.app()
        app.type("/mexico")
        app.press(.enter, .enter)
        app.type("cmexico")
        app.press(.enter)
        #expect(app.comparisonState?.a == "MEX" && app.comparisonState?.b == "MEX")
        #expect(app.comparisonState?.yearA == 2019 && app.comparisonState?.yearB == 2021)
        let text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("Mexico 2019 vs 2021"))
        #expect(text.contains("Mexico from 2019 to 2021: up in 6 areas"))
        #expect(Self.deltas(app).first == "▲2")
    }

    @Test func xSwapsTheSidesAndTheDeltasTurn() {
        var app = Self.canadaDenmark()
        app.type("x")
        #expect(app.comparisonState?.a == "DNK" && app.comparisonState?.b == "CAN")
        #expect(Self.deltas(app) == ["▲1", "=", "▲1", "=", "▲2", "▲2", "▲2"])
        #expect(app.screenText(Size(width: 100, height: 30)).contains("Denmark leads in 0 areas, Canada in 4, equal in 2"))
    }

    @Test func eachSideChangesItsYearIndependently() {
        var app = Self.canadaDenmark()
        app.type("[")
        #expect(app.comparisonState?.yearA == 2019 && app.comparisonState?.yearB == 2021)
        app.type("[")
        #expect(app.comparisonState?.yearA == 2019)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("Canada has no earlier year than 2019"))
        app.type("{")
        #expect(app.comparisonState?.yearA == 2019 && app.comparisonState?.yearB == 2019)
        app.type("}]")
        #expect(app.comparisonState?.yearA == 2021 && app.comparisonState?.yearB == 2021)
        // The dashboard's own year is untouched: the sides carry theirs.
        #expect(app.year == 2021)
        let model = app.comparisonState.flatMap(app.comparison)
        #expect(model?.a.year == 2021)
    }

    @Test func capitalCPicksANewSideB() {
        var app = Self.canadaDenmark()
        app.type("Cnorway")
        app.press(.enter)
        #expect(app.comparisonState?.a == "CAN" && app.comparisonState?.b == "NOR")
        #expect(app.comparisonState?.yearB == 2021)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("Norway (NOR) · Europe · 2021"))
        app.type("Ccanada")
        app.press(.enter)
        #expect(app.comparisonState?.b == "CAN")
        #expect(app.comparisonState?.yearA == 2021 && app.comparisonState?.yearB == 2019, "Canada again: its other year")
    }

    @Test func enterExpandsIndicatorsAndDKeepsOnlyTheDifferingOnes() throws {
        var store = AppFixtures.store
        try store.setScore(3, indicator: "P1.1", country: "CAN", year: 2021, framework: AppFixtures.framework)
        try store.setScore(3, indicator: "P1.2", country: "CAN", year: 2021, framework: AppFixtures.framework)
        try store.setScore(1, indicator: "P1.2", country: "DNK", year: 2021, framework: AppFixtures.framework)
        try store.setScore(2, indicator: "P1.3", country: "CAN", year: 2021, framework: AppFixtures.framework)
        try store.setScore(2, indicator: "P1.3", country: "DNK", year: 2021, framework: AppFixtures.framework)
        var app = Self.canadaDenmark(store: store)
        app.press(.down, .enter)
        var text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("▾ P1 Migrants' rights"))
        #expect(text.contains("• P1.1 Basic services"), "scored on one side only differs")
        #expect(text.contains("• P1.2 Family reunification"))
        #expect(text.contains("    P1.3 Right to work"), "equal scores are not marked")
        #expect(text.contains("    P1.7 Bilateral rights"))
        let p12 = text.split(separator: "\n").first { $0.contains("P1.2") }.map(String.init) ?? ""
        #expect(p12.contains("3 ████████") == false && p12.contains("▼2"))
        app.type("d")
        text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("only the 2 indicators that differ"))
        #expect(text.contains("P1.1") && text.contains("P1.2"))
        #expect(!text.contains("P1.3") && !text.contains("P1.7"))
        #expect(text.contains("▸ P2 Whole of government"), "d filters, it does not open areas that are closed")
        app.type("d")
        #expect(app.screenText(Size(width: 100, height: 30)).contains("P1.7 Bilateral rights"))
        // With nothing open, d opens every area; those without differences say so.
        app.press(.enter)
        #expect(!app.screenText(Size(width: 100, height: 30)).contains("P1.1"))
        app.type("d")
        text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("▾ P2 Whole of government"))
        #expect(text.contains("no indicator differs here"))
        #expect(text.contains("• P1.2 Family reunification"))
    }

    @Test func focusMovesBetweenSidesAndNamesTheScoreTarget() {
        var app = Self.canadaDenmark()
        #expect(app.comparisonState?.focus == .a)
        app.press(.right)
        #expect(app.comparisonState?.focus == .b)
        app.press(.tab)
        #expect(app.comparisonState?.focus == .a)
        app.press(.backTab)
        #expect(app.comparisonState?.focus == .b)
        #expect(app.compareScoreTarget == nil, "an area row is not an indicator")
        app.press(.down, .down, .enter, .down)
        let target = app.compareScoreTarget
        #expect(target?.country == "DNK" && target?.year == 2021 && target?.indicator == "P2.1")
        app.press(.left)
        #expect(app.compareScoreTarget?.country == "CAN")
        app.type("[")
        #expect(app.compareScoreTarget?.year == 2019)
    }

    @Test func scoreKeysEditTheFocusedSideAndTheViewUpdates() {
        var app = Self.canadaDenmark()
        app.press(.right, .down, .down, .enter, .down)
        app.type("2")
        #expect(app.store.countries["DNK"]!.assessments[2021]!.scores["P2.1"] == 2)
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == nil)
        app.press(.left)
        app.type("4")
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == 4)
        let comparison = app.comparison(app.comparisonState!)!
        let row = comparison.indicatorRows(area: 1)[0]
        #expect(row.differs)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("CAN 2021 P2.1: – → Fully meets"))
        app.type("u")
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == nil)
        app.press(.up)
        app.type("3")
        #expect(app.screenText(Size(width: 100, height: 30)).contains("select an indicator row first"))
    }

    @Test func bothSidesScrollTogetherOnOneSelection() {
        var app = Self.canadaDenmark(size: Size(width: 80, height: 12))
        app.press(.down, .enter, .end, .enter, .end)
        let text = app.screenText(Size(width: 80, height: 12))
        // One row holds both sides, so whatever is scrolled to shows A and B together.
        let row = text.split(separator: "\n").first { $0.contains("O3.6") }.map(String.init) ?? ""
        #expect(row.contains("│"), "O3.6 shows both bars: \(text)")
    }

    @Test func belowSeventyColumnsTheSidesStack() {
        let narrow = Size(width: 60, height: 20)
        let app = Self.canadaDenmark(size: narrow)
        let lines = app.screenText(narrow).split(separator: "\n").map(String.init)
        let a = lines.firstIndex { $0.contains("P1 Migrants' rights") && $0.contains("A CAN") }
        #expect(a != nil)
        if let a { #expect(lines[a + 1].contains("B DNK") && lines[a + 1].hasSuffix("=")) }
        #expect(lines.allSatisfy { $0.count <= 60 })
        let wide = app.screenText(Size(width: 80, height: 24))
        #expect(wide.contains("CAN 2021│DNK 2021"))
    }

    @Test func asciiGlyphsKeepDeltasAndBarsReadable() {
        var app = AppFixtures.app(size: Size(width: 80, height: 24), options: AppOptions(glyphs: .ascii))
        app.openComparison("CAN", year: 2021, with: "DNK", year: 2021)
        let text = app.screenText(Size(width: 80, height: 24))
        let overall = text.split(separator: "\n").first { $0.contains("Overall") && $0.hasPrefix("#") }.map(String.init) ?? ""
        #expect(overall.contains("  ######|####  "), "bars meet at an ASCII axis: \(overall)")
        #expect(overall.hasSuffix("-1#"))
        #expect(text.contains("delta = B - A"))
        #expect(!text.contains("▲") && !text.contains("▼") && !text.contains("█") && !text.contains("Δ"))
    }

    @Test func deepLinkOpensTheComparison() {
        var app = AppFixtures.app()
        app.openComparison("MEX", year: 2019, with: "MEX", year: 2021)
        #expect(app.stack.count == 2)
        #expect(app.comparisonState?.yearA == 2019)
        app.openComparison("XXX", year: 2019, with: "MEX", year: 2021)
        #expect(app.stack.count == 2, "an unknown code opens nothing")
    }

    @Test func helpAndFooterComeFromTheKeymap() {
        var app = Self.canadaDenmark(size: Size(width: 100, height: 60))
        let wide = Self.canadaDenmark(size: Size(width: 220, height: 30))
        let footer = wide.screenText(Size(width: 220, height: 30)).split(separator: "\n").last.map(String.init) ?? ""
        // The keymap's hints, with the digits narrowed to the framework's options (`1-4 score`).
        #expect(wide.screenHints.map(\.label) == Keymap.standard.hints(for: .compare, without: []).map(\.label))
        for hint in wide.screenHints.prefix(6) {
            #expect(footer.contains("\(hint.key) \(hint.label)"), "footer lacks \(hint.label)")
        }
        app.type("?")
        let text = app.screenText(Size(width: 100, height: 60))
        #expect(text.contains("Comparison"))
        for binding in Keymap.standard.bindings where binding.context == .compare {
            #expect(text.contains(binding.help), "help lacks \(binding.help)")
        }
    }

    @Test func clicksSelectRowsAndFocusSides() {
        var app = Self.canadaDenmark(size: Size(width: 80, height: 24))
        // Title, headings, summary, panel border, table header: P1 is the row after Overall.
        app.update(.mouse(MouseEvent(x: 70, y: 6, kind: .press(1))))
        #expect(app.comparisonState?.focus == .b)
        app.update(.mouse(MouseEvent(x: 70, y: 6, kind: .press(1))))
        #expect(app.comparisonState?.expanded == ["P1"])
        app.update(.mouse(MouseEvent(x: 5, y: 1, kind: .press(1))))
        #expect(app.comparisonState?.focus == .a)
    }
}
