import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The review screen: every country-year with answers, disagreements first, and Enter to the
/// profile at the chosen area in that year.
@Suite struct ReviewScreenTests {
    static func reviewApp(_ size: Size = Size(width: 100, height: 30)) -> App {
        var app = ReviewFixtures.app(size: size)
        app.type(":review")
        app.press(.enter)
        return app
    }

    @Test func listsCountryYearsWithAnswersDisagreementsFirst() {
        let table = ReviewTable(store: ReviewFixtures.store, framework: AppFixtures.framework)
        #expect(table.rows.map { "\($0.iso3) \($0.year)" } == ["CAN 2021", "DNK 2021", "MEX 2019"])
        let canada = table.rows[0]
        #expect(canada.disagreements.map(\.id) == ["P1"])
        #expect(canada.areas[0].coverage == "7/7" && canada.areas[0].comparison == "2≠3")
        #expect(canada.areas[1].comparison == "4=4")
        #expect(table.rows[1].areas[1].coverage == "2/5" && table.rows[1].areas[1].comparison == "(3)/3")
        #expect(table.summary == "3 country-years with answers · 1 with disagreements (1 area)")
        #expect(ReviewTable(store: ReviewFixtures.store, framework: AppFixtures.framework, year: 2019).rows.map(\.iso3) == ["MEX"])
        // The published store has no answers: an empty worklist.
        #expect(ReviewTable(store: AppFixtures.store, framework: AppFixtures.framework).rows.isEmpty)
    }

    @Test func enterOpensTheProfileAtTheChosenAreaInThatYear() {
        var app = Self.reviewApp()
        #expect(app.screen.id == .review)
        // Mexico 2019, area P3 (overall, P1, P2, P3).
        app.press(.down, .down, .right, .right, .right)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("Mexico 2019 · P3 6/6 answered · assessed 1"))
        app.press(.enter)
        #expect(app.screen.id == .profile("MEX"))
        #expect(app.document.year == 2019)
        guard case .profile(let profile) = app.screen else { return }
        #expect(profile.list.selected == 2)
        #expect(profile.expanded == ["P3"])
    }

    @Test func detailLineSaysTheGapOfADisagreement() {
        var app = Self.reviewApp(Size(width: 80, height: 24))
        app.press(.right)
        let text = app.screenText(Size(width: 80, height: 24))
        #expect(text.contains("Canada 2021 · P1 7/7 answered · assessed 2"))
        #expect(text.contains("published 3: 1 band lower"))
        #expect(text.contains("7/7≠"))
    }

    @Test func leftFromOverallWrapsToTheLastArea() {
        var app = Self.reviewApp()
        app.press(.left)
        guard case .review(let model) = app.screen else { Issue.record("not on review"); return }
        #expect(model.column == AppFixtures.framework.areas.count)
    }
}
