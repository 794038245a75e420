import Testing
import MigofWidgets

/// Every widget, every area from 0x0 to 30x10, both glyph sets: nothing may
/// crash, draw outside its area, or leave half a wide character behind.
@Suite struct RenderSweepTests {
    init() { requireUTF8() }

    typealias Renderer = (inout Buffer, Rect) -> Void

    private static func widgets(_ glyphs: Glyphs) -> [(String, Renderer)] {
        let names = ["Côte d'Ivoire", "Türkiye", "日本", "🚀 launch", "한국어"]
        var input = TextInput(text: "日本 Türkiye 🚀")
        input.cursor = 3
        return [
            ("panel", { Panel(title: "Côte d'Ivoire 日本", focused: true, glyphs: glyphs).render(into: &$0, area: $1) }),
            ("list", { ListView(items: names, state: ListState(selected: 4), glyphs: glyphs).render(into: &$0, area: $1) }),
            ("table", {
                Table(columns: [TableColumn(title: "Country", width: .min(4)), TableColumn(title: "Score", width: .fixed(5), alignment: .right),
                                TableColumn(title: "日本", width: .percentage(30), alignment: .center)],
                      rows: names.map { [TableCell($0), "3.5", TableCell($0)] }, state: ListState(selected: 2), glyphs: glyphs)
                    .render(into: &$0, area: $1)
            }),
            ("tabs", { Tabs(titles: names, selected: 3, glyphs: glyphs).render(into: &$0, area: $1) }),
            ("rating", { RatingBar(value: 2.7, width: 12, glyphs: glyphs).render(into: &$0, area: $1) }),
            ("unscored", { RatingBar(value: nil, width: 12, glyphs: glyphs).render(into: &$0, area: $1) }),
            ("chart", {
                BarChart(bars: [(label: "日本", value: 12, role: .rating4), (label: "Türkiye", value: 3, role: .rating1),
                                (label: "x", value: -2, role: .negative)], glyphs: glyphs).render(into: &$0, area: $1)
            }),
            ("input", { input.render(into: &$0, area: $1) }),
            ("modal", { Modal(title: "Hëlp 日本", width: 20, height: 6, glyphs: glyphs).render(into: &$0, area: $1) }),
            ("status", {
                StatusBar(left: "Côte d'Ivoire selected", right: "? help", hints: [(key: "↑↓", label: "move"), (key: "/", label: "filter")],
                          glyphs: glyphs).render(into: &$0, area: $1)
            }),
        ]
    }

    @Test(arguments: [Glyphs.unicode, Glyphs.ascii])
    func everyWidgetAtEverySize(glyphs: Glyphs) {
        let sentinel = Cell(grapheme: "%", width: 1, style: Style(.warning))
        for (name, render) in Self.widgets(glyphs) {
            for width in 0...30 {
                for height in 0...10 {
                    // Offset by one so drawing left of or above the area would show.
                    var buffer = Buffer(size: Size(width: 32, height: 12))
                    buffer.fill(buffer.area, with: sentinel)
                    let area = Rect(x: 1, y: 1, width: width, height: height)
                    render(&buffer, area)
                    let outside = (0..<12).flatMap { y in (0..<32).map { x in (x, y) } }
                        .filter { !area.contains(x: $0.0, y: $0.1) && buffer[x: $0.0, y: $0.1] != sentinel }
                    #expect(outside.isEmpty, "\(name) \(width)x\(height) drew outside its area at \(outside.prefix(3))")
                    let problems = wideCharacterViolations(in: buffer)
                    #expect(problems.isEmpty, "\(name) \(width)x\(height): \(problems.prefix(3))")
                }
            }
        }
    }
}
