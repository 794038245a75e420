import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The banner of a store with merge conflicts: under the title bar on every screen, with the
/// count and the key and command that open the list; gone once none is left.
@Suite struct ConflictBannerTests {
    static let banner = "3 unresolved merge conflicts in this store · press ! to list and resolve them (or :conflicts)"

    static func secondLine(_ app: App, _ size: Size = Size(width: 100, height: 30)) -> String {
        app.view(size: size).lines()[1]
    }

    @Test(arguments: ["", "b", "2", "/can\r\r", "M", "?", "/can\r\rcden\r"])
    func everyScreenShowsTheBanner(keys: String) {
        var app = ConflictFixtures.app()
        for character in keys {
            if character == "\r" { app.press(.enter) } else { app.type(String(character)) }
        }
        #expect(Self.secondLine(app).contains(Self.banner), "no banner after '\(keys)'")
    }

    @Test func aStoreWithoutConflictsHasNone() {
        let app = AppFixtures.app()
        #expect(!app.screenText(Size(width: 100, height: 30)).contains("merge conflict"))
        #expect(app.contentArea.y == 1)
    }

    @Test func theScreenMovesDownOneLineAndClicksFollow() {
        var app = ConflictFixtures.app()
        #expect(app.contentArea.y == 2)
        app.type("b")
        // The browser's first row is on line 5 (title, banner, search bar, panel top, header).
        let first = app.browserRows[0], second = app.browserRows[1]
        app.update(.mouse(MouseEvent(x: 4, y: 6, kind: .press(1))))
        #expect(app.browserSelection == 1 && app.browserRows[1] == second && first != second)
        #expect(app.view(size: Size(width: 100, height: 30)).lines()[6].contains(app.store.countries[second]!.name))
    }

    @Test func narrowTerminalsGetShorterWordings() {
        let app = ConflictFixtures.app()
        #expect(Self.secondLine(app, Size(width: 60, height: 16)).contains("3 merge conflicts · ! or :conflicts"))
        #expect(!Self.secondLine(app, Size(width: 60, height: 16)).contains("unresolved"))
        #expect(Self.secondLine(app, Size(width: 40, height: 10)).contains("3 merge conflicts · ! or :conflicts"))
        #expect(app.conflictBannerText(width: 30) == "3 conflicts · !")
    }

    @Test func aReboundKeyShowsInTheBanner() {
        let app = ConflictFixtures.app(options: AppOptions(keys: [KeyRebinding(action: "show-conflicts", keys: ["X"])]))
        #expect(Self.secondLine(app).contains("press X to list and resolve them (or :conflicts)"))
        var pressed = app
        pressed.type("X")
        #expect(pressed.screenID == .conflicts)
    }

    @Test func theBannerGoesWithTheLastConflictAndComesBackWithUndo() {
        var app = ConflictFixtures.app()
        app.type("!")
        #expect(Self.secondLine(app).contains("3 unresolved merge conflicts: take a side for each below, then save"))
        app.type("ot")
        #expect(Self.secondLine(app).contains("1 unresolved merge conflict: take a side"))
        app.type("b")
        #expect(!app.screenText(Size(width: 100, height: 30)).contains("unresolved merge"))
        #expect(app.contentArea.y == 1)
        app.type("u")
        #expect(Self.secondLine(app).contains("1 unresolved merge conflict"))
    }
}
