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

    /// Across the sizes the layout supports, every frame is well formed: no wide character
    /// split in half, and every box edge runs unbroken from corner to corner (or into the
    /// border of a box drawn over it).
    @Test func everyFrameIsWellFormed() {
        let screens = GoldenScreenTests.screens + GoldenScreenTests.compareScreens
        for (name, keys) in screens {
            var app = AppFixtures.app()
            keys(&app)
            for width in stride(from: App.minimumSize.width, through: 120, by: 11) {
                for height in stride(from: App.minimumSize.height, through: 40, by: 4) {
                    let size = Size(width: width, height: height)
                    app.update(.resize(size))
                    let frame = app.view(size: size)
                    if let broken = KeyFuzzer.brokenCell(frame) ?? Self.brokenBorder(frame) {
                        Issue.record("\(name) at \(width)x\(height): \(broken)")
                        break
                    }
                }
            }
        }
    }

    /// The border check catches an edge with a gap, and accepts one closed by a box drawn over it.
    @Test func theBorderCheckSeesGaps() {
        var frame = Buffer(size: Size(width: 6, height: 4))
        Panel(title: "", focused: false).render(into: &frame, area: frame.area)
        #expect(Self.brokenBorder(frame) == nil)
        frame.put(" ", x: 5, y: 2, style: Style(.text))
        #expect(Self.brokenBorder(frame) != nil)
        Panel(title: "", focused: true).render(into: &frame, area: Rect(x: 3, y: 1, width: 3, height: 3))
        #expect(Self.brokenBorder(frame) == nil)
    }

    static let verticals: [Character: (edge: Set<Character>, end: Set<Character>)] = [
        "┌": (["│"], ["└"]), "┐": (["│"], ["┘"]), "┏": (["┃"], ["┗"]), "┓": (["┃"], ["┛"]),
    ]
    static let horizontals: [Character: (edge: Set<Character>, end: Set<Character>)] = [
        "└": (["─"], ["┘"]), "┗": (["━"], ["┛"]),
    ]
    static let boxGlyphs = Set("─│┌┐└┘━┃┏┓┗┛├┤┬┴┼")

    /// The first box edge that stops short of its corner, if any.
    static func brokenBorder(_ frame: Buffer) -> String? {
        func glyph(_ x: Int, _ y: Int) -> Character? { frame[x: x, y: y].grapheme.first }
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width {
                guard let corner = glyph(x, y) else { continue }
                if let rule = verticals[corner] {
                    var row = y + 1
                    while row < frame.size.height, let next = glyph(x, row), rule.edge.contains(next) { row += 1 }
                    guard row < frame.size.height, let stop = glyph(x, row), rule.end.contains(stop) || boxGlyphs.contains(stop) else {
                        return "the edge below '\(corner)' at \(x),\(y) breaks at row \(row)"
                    }
                }
                if let rule = horizontals[corner] {
                    var column = x + 1
                    while column < frame.size.width, let next = glyph(column, y), rule.edge.contains(next) { column += 1 }
                    guard column < frame.size.width, let stop = glyph(column, y), rule.end.contains(stop) || boxGlyphs.contains(stop) else {
                        return "the edge right of '\(corner)' at \(x),\(y) breaks at column \(column)"
                    }
                }
            }
        }
        return nil
    }
}
