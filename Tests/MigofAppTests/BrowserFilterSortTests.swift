@testable import MigofApp
import MigofCore
import MigofWidgets
import Testing

/// Key sequences on the browser: rating filters, both sort directions, the change and
/// coverage orders, the frequency view, uncapped marks and heading clicks.
@Suite struct BrowserFilterSortTests {
    let size = Size(width: 100, height: 30)

    /// The bundled store's profiles in 2021, computed here, not by the browser.
    func profiles(_ app: App) -> [Profile] {
        AppFixtures.store.countries.keys.compactMap { app.profile($0) }
    }

    @Test func filterKeyOpensThePromptAndEscClearsTheFilter() {
        var app = AppFixtures.app()
        app.type("bf")
        #expect(app.screenText(size).split(separator: "\n").contains(":filter"))
        app.type("P3 <= 2")
        app.press(.enter)
        let wanted = profiles(app).filter { $0.hasAssessment && ($0.area("P3")?.rating.value ?? 9) <= 2 }.map(\.country.iso3)
        #expect(!wanted.isEmpty)
        #expect(Set(app.browserRows) == Set(wanted))
        #expect(app.browserRows.count == wanted.count)
        let text = app.screenText(size)
        #expect(text.contains("filter: P3 ≤ 2"))
        #expect(text.contains("\(wanted.count) of \(AppFixtures.store.countries.count)"))
        app.press(.escape)
        #expect(app.browserRows.count == AppFixtures.store.countries.count)
        #expect(app.screenID == .browser)
    }

    @Test func commandFiltersOverallBandBasisAndData() {
        var app = AppFixtures.app()
        app.type(":filter overall=1")
        app.press(.enter)
        #expect(app.screenID == .browser)
        let ones = profiles(app).filter { $0.hasAssessment && $0.overall.value == 1 }.map(\.country.iso3)
        #expect(Set(app.browserRows) == Set(ones) && !ones.isEmpty)
        app.type(":filter data")
        app.press(.enter)
        #expect(app.browserRows.count == profiles(app).count { $0.hasAssessment })
        #expect(app.browserRows.count < AppFixtures.store.countries.count)
        app.type(":filter published")
        app.press(.enter)
        #expect(Set(app.browserRows) == Set(profiles(app).filter { $0.hasAssessment && $0.overall.basis == .reported }.map(\.country.iso3)))
        app.type(":filter")
        app.press(.enter)
        #expect(app.browserRows.count == AppFixtures.store.countries.count)
    }

    @Test func aBadFilterSaysWhyAndChangesNothing() {
        var app = AppFixtures.app()
        app.type("b:filter P1=1")
        app.press(.enter)
        let before = app.browserRows
        app.type(":filter P7<2")
        app.press(.enter)
        #expect(app.screenText(size).contains("'P7' in 'P7<2' is no column"))
        #expect(app.browserRows == before)
    }

    @Test func reverseSortListsLowestFirstWithUnratedStillLast() {
        var app = AppFixtures.app()
        app.type("bo")
        #expect(app.browserSort == .overall && !app.browserAscending)
        app.press(.down, .down)
        app.type("~")
        #expect(app.browserAscending)
        // The new order starts at its top, where the lowest ratings are.
        #expect(app.browserSelection == 0)
        let values = app.browserRows.map { app.profile($0)!.hasAssessment ? app.profile($0)!.overall.value : nil }
        let rated = values.prefix { $0 != nil }.compactMap { $0 }
        #expect(rated.first == 1)
        #expect(rated == rated.sorted())
        #expect(values.dropFirst(rated.count).allSatisfy { $0 == nil })
        #expect(app.screenText(size).contains("All▲"))
        app.type("~")
        let high = app.browserRows.compactMap { app.profile($0)?.overall.value }
        #expect(high == high.sorted(by: >))
    }

    @Test func namesReverseToZFirst() {
        var app = AppFixtures.app()
        app.type("b~")
        let names = app.browserRows.prefix(3).compactMap { AppFixtures.store.countries[$0]?.name }
        #expect(names.first == "Zimbabwe")
        #expect(app.screenText(size).contains("Country▼"))
    }

    @Test func changeAndCoverageOrders() {
        var app = AppFixtures.app()
        app.type("b")
        app.type(String(repeating: "o", count: 8))
        #expect(app.browserSort == .change)
        let rises = app.browserRows.prefix(5).compactMap { app.profile($0).flatMap { change($0, app) } }
        #expect(rises.count == 5 && rises == rises.sorted(by: >) && rises[0] > 0)
        #expect(app.screenText(size).contains("Δ▼"))
        app.type("~")
        let falls = app.browserRows.prefix(5).compactMap { app.profile($0).flatMap { change($0, app) } }
        #expect(falls == falls.sorted() && falls[0] < 0)
        app.type("o")
        #expect(app.browserSort == .coverage)
        #expect(app.screenText(size).contains("Cov▼"))
    }

    /// The overall change since the country's previous round, computed here from two profiles.
    func change(_ profile: Profile, _ app: App) -> Int? {
        guard let previous = profile.country.years.last(where: { $0 < 2021 }) else { return nil }
        let earlier = Profile(country: profile.country, year: previous, framework: AppFixtures.framework,
                              sources: AppFixtures.store.sources)
        return RoundChange.between(earlier.overall, profile.overall)?.delta
    }

    @Test func frequencyViewCountsTheBandsAndEnterFilters() {
        var app = AppFixtures.app()
        app.type("boooF")
        #expect(app.browserSort == .area("P2"))
        let text = app.screenText(size)
        #expect(text.contains("Frequency of P2, 2021"))
        let assessed = profiles(app).filter(\.hasAssessment)
        for band in 1...4 {
            let count = assessed.count { $0.area("P2")?.rating.value == band }
            let line = text.split(separator: "\n").first { $0.contains("┃\(band) ") }
            #expect(line?.contains(" \(count) ") == true, "band \(band): \(line ?? "none")")
        }
        #expect(text.contains("no data (Enter hides them)"))
        app.press(.enter)
        let fours = assessed.filter { $0.area("P2")?.rating.value == 4 }.map(\.country.iso3)
        #expect(Set(app.browserRows) == Set(fours))
        app.type("F")
        app.press(.escape)
        #expect(!app.screenText(size).contains("Frequency of"))
        #expect(app.browserRows.count == fours.count)
    }

    @Test func spaceMarksAnyNumberMovingDownAndCompareTakesTheFirstTwo() {
        var app = AppFixtures.app()
        app.type("b   ")
        #expect(app.browserMarked == Array(app.browserRows.prefix(3)))
        #expect(app.browserSelection == 3)
        let text = app.screenText(size)
        #expect(text.contains("[A] ") && text.contains("[B] ") && text.contains("[3] "))
        #expect(text.contains("3 marked"))
        let (a, b, c) = (app.browserRows[0], app.browserRows[1], app.browserRows[2])
        app.type("c")
        #expect(app.comparisonState?.a == a && app.comparisonState?.b == b)
        #expect(app.screenText(size).contains("1 more marked country waits"))
        #expect(app.browserMarked == [c])
    }

    @Test func clickingAHeadingSortsAndClickingAgainReverses() {
        var app = AppFixtures.app()
        app.type("b")
        let heading = app.screenText(size).split(separator: "\n")[3]
        let x = heading.distance(from: heading.startIndex, to: heading.range(of: "P3")!.lowerBound)
        app.update(.mouse(MouseEvent(x: x + 1, y: 3, kind: .press(1))))
        #expect(app.browserSort == .area("P3") && !app.browserAscending)
        app.update(.mouse(MouseEvent(x: x + 1, y: 3, kind: .press(1))))
        #expect(app.browserSort == .area("P3") && app.browserAscending)
        #expect(app.screenID == .browser)
    }
}
