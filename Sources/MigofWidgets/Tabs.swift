/// A row of tab titles with the selected one marked in reverse video, which
/// reads without colour.
public struct Tabs: Sendable {
    /// The tab titles, left to right.
    public var titles: [String]
    /// Index of the selected tab.
    public var selected: Int
    /// Supplies the separator between tabs.
    public var glyphs: Glyphs

    /// Creates a tab bar.
    public init(titles: [String], selected: Int, glyphs: Glyphs = .unicode) {
        self.titles = titles
        self.selected = selected
        self.glyphs = glyphs
    }

    /// Draws the tabs on the first row of `area`. When they do not all fit,
    /// leading tabs are skipped so the selected one stays visible.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, with: Style(.background))
        for placed in layout(in: area) {
            let isSelected = placed.index == selected
            let style = isSelected ? Style(.accent, bold: true, reverse: true) : Style(.muted)
            buffer.put(" " + titles[placed.index] + " ", x: placed.x, y: area.y, style: style, maxWidth: area.maxX - placed.x)
            if placed.x + placed.width < area.maxX, placed.index != titles.count - 1 {
                buffer.put(glyphs.separator, x: placed.x + placed.width, y: area.y, style: Style(.border))
            }
        }
    }

    /// The tab drawn at column `x` of `area`, for mouse clicks.
    public func index(atX x: Int, in area: Rect) -> Int? {
        layout(in: area).first { x >= $0.x && x < $0.x + $0.width }?.index
    }

    /// Where each visible tab goes: `" title "` followed by a separator.
    private func layout(in area: Rect) -> [(index: Int, x: Int, width: Int)] {
        guard !titles.isEmpty, area.width > 0 else { return [] }
        let widths = titles.map { TextWidth.width(of: $0) + 2 }
        let focus = min(max(selected, 0), titles.count - 1)
        var first = 0
        // Each tab after the first costs one extra column for its separator.
        while first < focus, widths[first...focus].reduce(0, +) + (focus - first) > area.width {
            first += 1
        }
        var x = area.x
        var placed: [(index: Int, x: Int, width: Int)] = []
        for index in first..<titles.count where x < area.maxX {
            placed.append((index, x, min(widths[index], area.maxX - x)))
            x += widths[index] + 1
        }
        return placed
    }
}
