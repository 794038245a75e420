import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The world tile map: geographic moves, type-to-jump, Enter to the profile, and the legend
/// against the `list` figures.
@Suite struct MapScreenTests {
    static func mapApp(_ size: Size = Size(width: 100, height: 30)) -> App {
        var app = AppFixtures.app(size: size)
        let opened = app.open(screenNamed: "map")
        #expect(opened)
        return app
    }

    static func model(_ app: App) -> MapModel? {
        if case .map(let model) = app.screen { return model }
        return nil
    }

    @Test func rightFromCanadaReachesTheNextTileOnItsRow() throws {
        var app = Self.mapApp()
        #expect(Self.model(app)?.selected == "CAN")
        app.press(.right)
        // Canada is at x=1, y=1; Greenland (x=8) is the next tile on row 1, the empty cells between skipped.
        #expect(Self.model(app)?.selected == "GRL")
        app.press(.left)
        #expect(Self.model(app)?.selected == "CAN")
        app.press(.down)
        let grid = try WorldTileGrid.bundled.get()
        let below = try #require(grid.tiles.first { $0.iso3 == Self.model(app)?.selected })
        #expect(below.y == 2)
    }

    @Test func typingDenSelectsDenmark() {
        var app = Self.mapApp()
        app.type("den")
        #expect(Self.model(app)?.selected == "DNK")
        #expect(app.screenText(Size(width: 100, height: 30)).contains("jump: den_"))
        // Esc ends the jump and stays on the map; a second Esc goes back.
        app.press(.escape)
        #expect(Self.model(app)?.selected == "DNK")
        app.press(.escape)
        #expect(Self.model(app) == nil)
    }

    @Test func enterOpensTheProfile() {
        var app = Self.mapApp()
        app.type("/mex")
        app.press(.enter)
        #expect(app.screen.id == .profile("MEX"))
    }

    /// The legend's band counts equal what `migof list --year Y --format json` counts for the
    /// same figure, in both rounds, overall and for every area.
    @Test func legendCountsEqualTheListCounts() throws {
        let grid = try WorldTileGrid.bundled.get()
        let store = AppFixtures.store, framework = AppFixtures.framework
        for year in [2019, 2021] {
            let list = ListReport(store: store, framework: framework, year: year, onlyAssessed: true, region: nil, sort: .name)
            let json = try JSONParser.parse(list.render(.json))
            let rows = try #require(json.array)
            for area in [nil] + framework.areas.map(\.id) {
                let map = WorldMap(grid: grid, store: store, framework: framework, year: year, measure: MapMeasure(area: area))
                for entry in map.legend(framework: framework) {
                    guard let band = Int(entry.key) else { continue }
                    let listed = rows.filter { $0.member(area ?? "overall")?.value.integer == band }.count
                    #expect(entry.count == listed, "\(year) \(area ?? "overall") band \(band)")
                }
            }
        }
    }

    @Test func yearKeysStepTheRoundAndTheLegendFollows() {
        var app = Self.mapApp()
        #expect(app.screenText(Size(width: 100, height: 30)).contains("4 Fully meets (5)"))
        app.type("[")
        #expect(app.document.year == 2019)
        let text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("Overall published 2019"))
        #expect(!text.contains("4 Fully meets (5)"))
    }

    @Test func changeMeasureShowsArrowsAndTheDetailLine() {
        var app = Self.mapApp(Size(width: 80, height: 24))
        app.type("mex")
        app.press(.escape, .tab, .tab)
        #expect(Self.model(app)?.measure.kind == .change)
        let text = app.screenText(Size(width: 80, height: 24))
        // Mexico rose from 1 to 3; the detail line names the tile at 80 columns, where tiles show only the mark.
        #expect(text.contains("Mexico (MEX) · Overall change 2021: 2019 1 → 2021 3 ▲"))
        #expect(text.contains("▲ up (19)"))
    }

    /// At 200x60 a grid row takes two lines; a click on either selects the tile.
    @Test(arguments: [(Size(width: 100, height: 30), "DN2", 0), (Size(width: 200, height: 60), "DNK 2", 1)])
    func clickSelectsATileAndASecondClickOpensIt(size: Size, tile: String, below: Int) throws {
        var app = Self.mapApp(size)
        let lines = app.view(size: size).lines()
        let row = try #require(lines.firstIndex { $0.contains(tile) })
        let column = try #require(lines[row].range(of: tile)).lowerBound.utf16Offset(in: lines[row])
        app.update(.mouse(MouseEvent(x: column, y: row + below, kind: .press(1))))
        #expect(Self.model(app)?.selected == "DNK")
        app.update(.mouse(MouseEvent(x: column, y: row, kind: .press(1))))
        #expect(app.screen.id == .profile("DNK"))
    }

    @Test func spaceMarksTwoAndCCompares() {
        var app = Self.mapApp()
        app.type("/can")
        app.press(.escape)
        app.type(" ")
        app.type("/dnk")
        app.press(.escape)
        app.type(" ")
        #expect(Self.model(app)?.marked == ["CAN", "DNK"])
        app.type("C")
        #expect(app.screen.id == .compare(a: "CAN", b: "DNK"))
    }

    @Test func tooNarrowSaysSo() {
        let app = Self.mapApp(Size(width: 50, height: 14))
        #expect(app.screenText(Size(width: 50, height: 14)).contains("terminal too small: the map needs 56 columns"))
    }

    @Test func kosovoIsATileWithoutData() {
        var app = Self.mapApp()
        app.type("/xkx")
        #expect(Self.model(app)?.selected == "XKX")
        #expect(app.screenText(Size(width: 100, height: 30)).contains("(XKX) · Overall published 2021: no data in this store"))
    }
}

