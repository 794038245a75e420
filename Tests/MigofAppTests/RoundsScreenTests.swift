import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The rounds screen: opened by `:rounds`, its summary from the same model as `migof rounds`,
/// ordering, the region filter and Enter for the trend comparison.
@Suite struct RoundsScreenTests {
    static func roundsApp(_ size: Size = Size(width: 100, height: 30)) -> App {
        var app = AppFixtures.app(size: size)
        app.type(":rounds")
        app.press(.enter)
        return app
    }

    static func model(_ app: App) -> RoundsModel? {
        if case .rounds(let model) = app.screen { return model }
        return nil
    }

    @Test func commandOpensTheScreenWithEverySummaryLine() throws {
        let app = Self.roundsApp()
        #expect(app.screen.id == .rounds)
        let text = app.screenText(Size(width: 100, height: 30))
        let table = RoundsTable(store: AppFixtures.store, framework: AppFixtures.framework, from: 2019, to: 2021)
        for summary in table.summaries { #expect(text.contains(summary.text)) }
        #expect(text.contains("Overall: 62 in both rounds"))
        // The same model prints `migof rounds`.
        let json = try JSONParser.parse(RoundsReport(table: table).render(.json))
        #expect(json.member("summary")?.value.array?.first?.member("text")?.value.string == table.summaries[0].text)
    }

    @Test func enterOpensTheTrendOfTheSelectedCountry() {
        var app = Self.roundsApp()
        // Ordered by the overall change, Botswana (2 → 4) comes first, then Mexico.
        app.press(.down, .enter)
        #expect(app.screen.id == .compare(a: "MEX", b: "MEX"))
        guard case .compare(let state) = app.screen else { return }
        #expect(state.yearA == 2019 && state.yearB == 2021)
    }

    @Test func ordersStepThroughTheMeasuresThenName() {
        var app = Self.roundsApp()
        app.type("o")
        #expect(Self.model(app)?.order == .change("P1"))
        app.type("O")
        app.type("O")
        #expect(Self.model(app)?.order == .name)
        let text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("order: name"))
        let albania = text.range(of: "Albania"), argentina = text.range(of: "Argentina")
        #expect(albania != nil && argentina != nil && albania!.lowerBound < argentina!.lowerBound)
    }

    @Test func regionFilterNarrowsTheRowsAndTheSummaries() throws {
        var app = Self.roundsApp()
        let regions = app.document.aggregates.regions
        let europe = try #require(regions.firstIndex(of: "Europe"))
        app.type(String(repeating: "r", count: europe + 1))
        let model = try #require(Self.model(app))
        #expect(model.regionName(app.document) == "Europe")
        let table = model.table(app.document)
        #expect(table.rows.allSatisfy { $0.region == "Europe" })
        #expect(app.screenText(Size(width: 100, height: 30)).contains(table.summaries[0].text))
        app.type("R")
        #expect(Self.model(app)?.region == nil)
    }

    @Test func smallTerminalShowsTheSortedMeasuresSummary() {
        var app = Self.roundsApp(Size(width: 60, height: 16))
        app.type("oo")
        let text = app.screenText(Size(width: 60, height: 16))
        #expect(text.contains("P2: 63 in both rounds"))
        #expect(!text.contains("Overall: 62"))
    }
}
