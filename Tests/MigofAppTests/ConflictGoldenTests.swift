import Testing
@testable import MigofApp
import MigofWidgets

/// The conflicts screen and the banner at the golden sizes, text and style, on the merged
/// store of `ConflictFixtures`.
@Suite struct ConflictGoldenTests {
    static let screens: [(String, @Sendable (inout App) -> Void)] = [
        ("conflicts-banner-home", { _ in }),
        ("conflicts", { app in app.type("!") }),
        ("conflicts-note-selected", { app in app.type("!"); app.press(.down, .down) }),
        ("conflicts-one-taken", { app in app.type("!t") }),
        ("conflicts-all-resolved", { app in app.type("!ooo") }),
    ]

    @Test(arguments: GoldenScreenTests.sizes)
    func conflictScreensMatchGoldens(size: Size) throws {
        try GoldenScreenTests.check(Self.screens, size: size, start: { ConflictFixtures.app(size: $0) })
    }
}
