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
        ("conflicts-answer-edited", { app in app.type("!2") }),
        ("conflicts-all-resolved", { app in app.type("!ooo") }),
    ]

    @Test(arguments: GoldenScreenTests.sizes)
    func conflictScreensMatchGoldens(size: Size) throws {
        try GoldenScreenTests.check(Self.screens, size: size, start: { ConflictFixtures.app(size: $0) })
    }
}

/// The conflicts screens and the banner at sizes from 1x1 to 120x40: each frame has exactly
/// the terminal's size, and from the minimum size up no wide character or box edge is broken.
@Suite struct ConflictSizeSweepTests {
    @Test func everySizeDrawsAWellFormedFrame() {
        for (name, keys) in ConflictGoldenTests.screens {
            var app = ConflictFixtures.app()
            keys(&app)
            for width in stride(from: 1, through: 120, by: 7) {
                for height in stride(from: 1, through: 40, by: 3) {
                    let size = Size(width: width, height: height)
                    app.update(.resize(size))
                    let frame = app.view(size: size)
                    let lines = frame.lines()
                    if frame.size != size || lines.count != height || lines.contains(where: { $0.count > width }) {
                        Issue.record("\(name): bad frame at \(width)x\(height)")
                        return
                    }
                    guard width >= App.minimumSize.width, height >= App.minimumSize.height else { continue }
                    if let broken = KeyFuzzer.brokenCell(frame) ?? SizeSweepTests.brokenBorder(frame) {
                        Issue.record("\(name) at \(width)x\(height): \(broken)")
                        return
                    }
                }
            }
        }
    }
}
