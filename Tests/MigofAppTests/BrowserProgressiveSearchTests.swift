@testable import MigofApp
import MigofCore
import MigofWidgets
import Testing

/// The search under way as the user sees it: "searching… NN%" in the browser bar instead of
/// the count, the rows found so far, and `Runner`'s idle steps that finish it between keys.
@Suite struct BrowserProgressiveSearchTests {
    let size = Size(width: 100, height: 30)

    /// The app on the browser's search, with a budget that leaves most of a search to idle steps.
    func searching(_ budget: BrowserScanBudget) -> App {
        var app = AppFixtures.app(size: size)
        app.type("b/")
        guard case .browser(var model) = app.stack.last else { Issue.record("no browser"); return app }
        model.budget = budget
        app.stack[app.stack.count - 1] = .browser(model)
        return app
    }

    static let slow = BrowserScanBudget(finishAtOnce: 0, screenful: 3, chunk: 10, keystrokeCandidates: 40, keystrokeNs: nil,
                                        idleCandidates: 30, idleNs: nil)

    func bar(_ app: App) -> String { String(app.screenText(size).split(separator: "\n")[1]) }

    @Test func aSearchUnderWayShowsHowFarItHasGot() {
        var app = searching(Self.slow)
        app.type("a")
        #expect(app.hasPendingWork)
        let text = bar(app)
        // A screenful (3 rows) in the first 10 of 138 candidates: 7%; the count is not known yet.
        #expect(text.contains("searching… 7%"), "\(text)")
        #expect(!text.contains("of 138"))
        app.idle()
        // An idle step tests 30 more.
        #expect(bar(app).contains("searching… 28%"))
        #expect(app.browserRows.count >= 3)
    }

    @Test func runnerFinishesTheSearchBetweenKeysAndTheFrameIsTheFinishedOne() {
        var app = searching(Self.slow)
        app.type("an")
        #expect(app.hasPendingWork)
        let backend = TestBackend(size: size)
        _ = Runner.run(&app, on: backend)
        #expect(!app.hasPendingWork)
        var plain = AppFixtures.app(size: size)
        plain.type("b/an")
        #expect(app.browserRows == plain.browserRows)
        #expect(backend.screen.lines() == plain.view(size: size).lines())
        #expect(backend.screen.lines().joined().contains("of 138"))
    }

    @Test func aKeyTypedMeanwhileGoesFirstAndTheSearchGoesOnFromIt() {
        var app = searching(Self.slow)
        app.type("a")
        let backend = TestBackend(size: size, events: AppFixtures.keys("n"))
        _ = Runner.run(&app, on: backend)
        var plain = AppFixtures.app(size: size)
        plain.type("b/an")
        #expect(app.browserRows == plain.browserRows && !app.hasPendingWork)
    }

    @Test func theTopRowStaysSelectedWhenTheScanFindsItLater() {
        var plain = AppFixtures.app(size: size)
        plain.type("b/an")
        plain.press(.down, .down)
        let chosen = plain.browserRows[plain.browserSelection]
        plain.type("a")
        plain.press(.backspace)
        var app = searching(Self.slow)
        app.type("an")
        app.press(.down, .down)
        #expect(app.browserRows[app.browserSelection] == chosen)
        app.type("a")
        app.press(.backspace)
        while app.hasPendingWork { app.idle() }
        #expect(app.browserRows == plain.browserRows)
        #expect(app.browserSelection == plain.browserSelection)
    }

    @Test func noMatchYetSaysSearchingRatherThanNoMatch() {
        var app = searching(Self.slow)
        app.type("zz")
        #expect(app.hasPendingWork && app.browserRows.isEmpty)
        let text = app.screenText(size)
        #expect(text.contains("Searching…") && !text.contains("No country matches"))
        while app.hasPendingWork { app.idle() }
        #expect(app.screenText(size).contains("No country matches"))
    }

    @Test func smallStoresNeverShowASearchUnderWay() {
        var app = AppFixtures.app(size: size)
        app.type("b/a")
        #expect(!app.hasPendingWork)
        #expect(bar(app).contains("of 138"))
    }
}
