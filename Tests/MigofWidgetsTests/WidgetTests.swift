import Testing
import MigofWidgets

@Suite struct WidgetTests {
    init() { requireUTF8() }

    @Test func panelDrawsBorderAndTitle() {
        var buffer = Buffer(size: Size(width: 12, height: 4))
        let panel = Panel(title: "Türkiye", focused: false)
        panel.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["┌ Türkiye ─┐", "│          │", "│          │", "└──────────┘"])
        #expect(panel.inner(buffer.area) == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(buffer[x: 0, y: 0].style == Style(.border))
        #expect(buffer[x: 2, y: 0].style == Style(.title))
    }

    @Test func focusedPanelDiffersInShapeNotOnlyColour() {
        var buffer = Buffer(size: Size(width: 8, height: 3))
        Panel(title: "Côte d'Ivoire", focused: true, glyphs: .ascii).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["# C... #", "#      #", "#======#"])
        #expect(buffer[x: 0, y: 0].style == Style(.focusBorder, bold: true))
    }

    @Test func listViewHighlightsAndScrolls() {
        var buffer = Buffer(size: Size(width: 6, height: 3))
        let items = ["Côte d'Ivoire", "Türkiye", "日本", "한국", "🚀"]
        let list = ListView(items: items, state: ListState(selected: 3, offset: 0))
        list.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["Türki…", "日本", "한국"])
        #expect(buffer[x: 0, y: 2].style == Style(.selection))
        #expect(buffer[x: 5, y: 2].style == Style(.selection))
        #expect(buffer[x: 0, y: 1].style == Style(.text))
        #expect(list.index(atY: 0, in: buffer.area) == 1)
    }

    @Test func listViewRowRendererGetsEachVisibleRow() {
        var buffer = Buffer(size: Size(width: 6, height: 4))
        let list = ListView(count: 2, state: ListState(), showsSelection: false) { index, buffer, area in
            buffer.put("row\(index)", x: area.x, y: area.y, style: Style(.accent))
        }
        list.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["row0", "row1", "", ""])
    }

    @Test func tabsMarkTheSelectedTab() {
        var buffer = Buffer(size: Size(width: 30, height: 1))
        let tabs = Tabs(titles: ["Overview", "日本", "Trends"], selected: 1)
        tabs.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == [" Overview │ 日本 │ Trends"])
        #expect(buffer[x: 12, y: 0].style.reverse)
        #expect(!buffer[x: 1, y: 0].style.reverse)
        #expect(tabs.index(atX: 13, in: buffer.area) == 1)
        #expect(tabs.index(atX: 10, in: buffer.area) == nil)
    }

    @Test func tabsScrollToKeepTheSelectionVisible() {
        var buffer = Buffer(size: Size(width: 12, height: 1))
        Tabs(titles: ["Overview", "Countries", "Trends"], selected: 2).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == [" Trends"])
    }

    @Test func modalIsCentredClearedAndClamped() {
        var buffer = Buffer(size: Size(width: 20, height: 8))
        for y in 0..<8 { buffer.put(String(repeating: "x", count: 20), x: 0, y: y, style: Style(.text)) }
        let modal = Modal(title: "Help", width: 10, height: 4)
        let inner = modal.render(into: &buffer, area: buffer.area)
        #expect(inner == Rect(x: 6, y: 3, width: 8, height: 2))
        #expect(inner == modal.inner(buffer.area))
        #expect(buffer.lines()[2] == "xxxxx┏ Help ━━┓xxxxx")
        #expect(buffer.lines()[3] == "xxxxx┃        ┃xxxxx")
        let huge = Modal(title: "Big", width: 50, height: 50)
        #expect(huge.rect(in: buffer.area) == buffer.area)
    }

    @Test func barChartShowsCountsAsNumbers() {
        var buffer = Buffer(size: Size(width: 20, height: 3))
        let chart = BarChart(bars: [(label: "Meets", value: 8, role: .rating3), (label: "Partial", value: 4, role: .rating2),
                                    (label: "None", value: 0, role: .rating1)])
        chart.render(into: &buffer, area: buffer.area)
        // Labels get a third of the width, the bar the rest but the count.
        #expect(buffer.lines() == [
            "Meets  ███████████ 8",
            "Parti… █████▌" + String(repeating: " ", count: 6) + "4",
            "None" + String(repeating: " ", count: 15) + "0",
        ])
        #expect(buffer[x: 7, y: 0].style == Style(.rating3))
        #expect(buffer[x: 19, y: 0].style == Style(.muted))
    }
}
