import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// A click lands on the row it shows, on every screen, at every golden size, however far the
/// list was scrolled: one layout serves the view and the hit-testing.
@Suite struct ClickPropertyTests {
    /// Screens reached by keys, each showing a list longer than one page at the golden sizes.
    static let screens: [(String, @Sendable (inout App) -> Void)] = [
        ("home", { _ in }),
        ("area ranking", { app in app.type("1") }),
        ("area indicators", { app in app.type("6"); app.press(.tab) }),
        ("browser", { app in app.type("b") }),
        ("rounds", { app in app.type(":rounds"); app.press(.enter) }),
        ("profile, every area open", { app in
            app.type("/canada"); app.press(.enter, .enter)
            for _ in 0..<6 { app.press(.enter, .tab) }
        }),
        ("comparison, every area open", { app in
            app.type("/canada"); app.press(.enter, .enter); app.type("cdenmark"); app.press(.enter)
            app.type("d")
        }),
    ]
    static let sizes = GoldenScreenTests.sizes + [Size(width: 60, height: 20)]
    static let moves: [(String, [Event])] = [
        ("End", [.key(.end)]),
        ("PgDn", [.key(.pageDown)]),
        ("PgDn twice then up", [.key(.pageDown), .key(.pageDown), .key(.up)]),
        ("wheel", Array(repeating: .mouse(MouseEvent(x: 1, y: 5, kind: .scrollDown)), count: 7)),
    ]

    /// A click on the highlighted row acts on that row exactly as Enter does, so it can
    /// never land on another one; a click on the row next to it selects that row without
    /// opening it, and a second click opens it.
    @Test(arguments: sizes)
    func clicksLandOnTheRowsTheyShow(size: Size) {
        for (name, keys) in Self.screens {
            for (move, events) in Self.moves {
                var app = AppFixtures.app(size: size)
                keys(&app)
                app.send(events)
                let label = "\(name) after \(move) at \(size.width)x\(size.height)"
                guard let spot = Self.highlight(app.view(size: size), in: app.contentArea) else {
                    Issue.record("no highlighted row: \(label)")
                    continue
                }
                Self.expectClickIsEnter(app, at: spot, size: size, label)
                // A neighbouring row: the first click selects it, the second opens it.
                for neighbour in [spot.y - 1, spot.y + 1] where app.contentArea.contains(x: spot.x, y: neighbour) {
                    var other = app
                    let before = other.screen.selection
                    other.update(.mouse(MouseEvent(x: spot.x, y: neighbour, kind: .press(1))))
                    guard other.screen.selection != before, other.stackIDs == app.stackIDs else { continue }
                    guard let moved = Self.highlight(other.view(size: size), in: other.contentArea) else {
                        Issue.record("the clicked row is not highlighted: \(label)")
                        continue
                    }
                    // The profile's note lines and the stacked comparison's two-line rows may
                    // scroll the row a little; elsewhere the highlight is where the click was.
                    let shifts = name.hasPrefix("profile") || name == "home" || (name.hasPrefix("comparison") && size.width < 70)
                    #expect(shifts || moved.y == neighbour, "the highlight is not on the clicked row: \(label)")
                    Self.expectClickIsEnter(other, at: moved, size: size, label + ", second click")
                }
            }
        }
    }

    static func expectClickIsEnter(_ app: App, at spot: (x: Int, y: Int), size: Size, _ label: String) {
        var clicked = app, entered = app
        clicked.update(.mouse(MouseEvent(x: spot.x, y: spot.y, kind: .press(1))))
        entered.press(.enter)
        #expect(clicked.stackIDs == entered.stackIDs, "the click did not open the row: \(label)")
        #expect(clicked.screen.selection == entered.screen.selection, "the click moved the selection: \(label)")
        #expect(clicked.screenText(size) == entered.screenText(size), "the click is not Enter: \(label)")
    }

    /// The three probes of the design note, one by one.
    @Test func profileEndThenClickKeepsTheLastRow() {
        let size = Size(width: 100, height: 30)
        var app = AppFixtures.app(size: size)
        app.type("/canada"); app.press(.enter, .enter)
        for _ in 0..<6 { app.press(.enter, .tab) }
        app.press(.end)
        let last = app.screen.selection
        let spot = Self.highlight(app.view(size: size), in: app.contentArea)!
        app.update(.mouse(MouseEvent(x: spot.x, y: spot.y, kind: .press(1))))
        // The last row is an indicator, which Enter leaves as it is.
        #expect(app.screen.selection == last)
    }

    @Test func areaRankingEndThenClickKeepsTheLastCountry() {
        let size = Size(width: 100, height: 30)
        var app = AppFixtures.app(size: size)
        app.type("1")
        app.press(.end)
        let last = app.ranked["P1"]!.last!
        let spot = Self.highlight(app.view(size: size), in: app.contentArea)!
        app.update(.mouse(MouseEvent(x: spot.x, y: spot.y, kind: .press(1))))
        #expect(app.screenID == .profile(last), "the click opened another country")
    }

    /// A cell of the selection highlight (or, on the home tiles, of the focused tile's border).
    static func highlight(_ frame: Buffer, in content: Rect) -> (x: Int, y: Int)? {
        for role in [Role.selection, .focusBorder] {
            for y in content.y..<content.maxY {
                let xs = (content.x..<content.maxX).filter { frame[x: $0, y: y].style.role == role }
                if !xs.isEmpty { return (xs[xs.count / 2], y) }
            }
        }
        return nil
    }
}

extension Screen {
    /// The selected row of the screen's focused list, for comparing before and after.
    var selection: String {
        switch self {
        case .home(let model): "tile \(model.selection)"
        case .area(let model): model.focus == .countries ? "country \(model.countries.selected)" : "indicator \(model.indicators.selected)"
        case .browser(let model): "row \(model.list.selected)"
        case .profile(let model): "row \(model.list.selected)"
        // A click also focuses the side it lands on; the row is what must not move.
        case .compare(let state): "row \(state.list.selected)"
        case .map(let model): "tile \(model.selected)"
        case .rounds(let model): "row \(model.list.selected)"
        case .review(let model): "row \(model.list.selected) column \(model.column)"
        case .conflicts(let model): "row \(model.list.selected)"
        }
    }
}
