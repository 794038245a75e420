@testable import MigofApp
import MigofCore
import MigofWidgets
import Testing

/// The small things of issue 12: tied ranks, "Not rated", the title's year arrows, the
/// unbound-key hint and the dimmed selection of an unfocused panel.
@Suite struct SmallThingsTests {
    let size = Size(width: 100, height: 30)

    @Test func tiedRanksAreWrittenAsTies() {
        let values: [Int?] = [4, 3, 3, 3, 2, 1, 1, nil]
        let labels = values.indices.map { RankLabel.label(at: $0, in: { values[$0] }, count: values.count) }
        #expect(labels == ["1", "2=", "2=", "2=", "5", "6=", "6=", ""])
    }

    @Test func theAreaRankingShowsTies() {
        var app = AppFixtures.app()
        app.type("1")
        let lines = app.screenText(size).split(separator: "\n")
        // The ranking's first rows: the countries rated 4 in P1 in 2021 share rank 1.
        let ranked = app.ranked["P1"] ?? []
        let fours = ranked.prefix { app.profile($0)?.area("P1")?.rating.value == 4 }.count
        #expect(fours > 1)
        let firstName = app.profile(ranked[0])!.country.name
        #expect(lines.contains { $0.contains(" 1= \(firstName)") })
        let next = app.profile(ranked[fours])!.country.name
        #expect(lines.contains { $0.contains("\(fours + 1)") && $0.contains(next) })
        #expect(!lines.contains { $0.contains(" 2 \(app.profile(ranked[1])!.country.name)") })
    }

    @Test func anAreaWithNoRatingSaysNotRated() {
        #expect(AppFixtures.framework.label(for: nil) == "Not rated")
        #expect(AppFixtures.framework.shortLabel(for: nil) == "Not rated")
    }

    @Test func clickingTheTitleArrowsStepsTheYear() {
        var app = AppFixtures.app()
        #expect(app.year == 2021)
        let title = app.screenText(size).split(separator: "\n")[0]
        let left = title.distance(from: title.startIndex, to: title.range(of: "◀")!.lowerBound)
        app.update(.mouse(MouseEvent(x: left, y: 0, kind: .press(1))))
        #expect(app.year == 2019)
        let right = title.distance(from: title.startIndex, to: title.range(of: "▶")!.lowerBound)
        app.update(.mouse(MouseEvent(x: right, y: 0, kind: .press(1))))
        #expect(app.year == 2021)
        // Elsewhere on the title bar a click does nothing.
        app.update(.mouse(MouseEvent(x: 2, y: 0, kind: .press(1))))
        #expect(app.year == 2021 && app.screenID == .home)
    }

    @Test func anUnboundKeySaysSoInOneLine() {
        var app = AppFixtures.app()
        app.type("b")
        app.type("z")
        let footer = app.screenText(size).split(separator: "\n").last ?? ""
        #expect(footer.hasPrefix("z does nothing here · ? for help"))
        #expect(app.screenID == .browser)
    }

    @Test func anUnfocusedPanelShowsItsSelectionDimmed() {
        var app = AppFixtures.app()
        app.type("1")
        // The ranking has the focus: the indicators' selection is dimmed, not hidden.
        let styles = app.view(size: size).styleLines()
        #expect(styles.contains { $0.contains("rrrrrrrrrrrrrrrrrrrr") && $0.hasPrefix("b") })
        app.press(.tab)
        // Now the ranking is unfocused and keeps its row, dimmed; the indicators show theirs in full.
        let after = app.view(size: size).styleLines()
        #expect(after.contains { $0.contains("sssssssssssssssssssss") })
        #expect(after.contains { $0.contains("Frrrrrrrrrrrrrrrrrrrr") || $0.contains("brrrrrrrrrrrrrrrrrrrr") })
    }
}
