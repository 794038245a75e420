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
}
