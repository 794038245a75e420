import Testing
@testable import MigofApp
import MigofWidgets

@Suite struct SizeSweepTests {
    /// Every screen at every size from 1x1 to 120x40 draws a frame of exactly that size.
    @Test func everySizeRenders() {
        let names: Set = ["home", "area-p1", "browser-search-cote", "profile-can-p1-open", "help",
                          "compare-can-dnk-p2-open", "compare-picker-den"]
        let screens = GoldenScreenTests.screens + GoldenScreenTests.compareScreens
        for (_, keys) in screens.filter({ names.contains($0.0) }) {
            var app = AppFixtures.app()
            keys(&app)
            for width in 1...120 {
                for height in 1...40 {
                    let size = Size(width: width, height: height)
                    app.update(.resize(size))
                    let buffer = app.view(size: size)
                    #expect(buffer.size == size)
                    let lines = buffer.lines()
                    if lines.count != height || lines.contains(where: { $0.count > width }) {
                        Issue.record("bad frame at \(width)x\(height)")
                        return
                    }
                }
            }
        }
    }
}
