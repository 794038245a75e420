/// A small horizontal bar chart: one row per bar with its label, the bar and
/// its count as a number, so the values never rely on colour alone.
public struct BarChart: Sendable {
    /// The bars, top to bottom.
    public var bars: [(label: String, value: Int, role: Role)]
    /// The value of a full-length bar; the largest value when `nil`.
    public var maxValue: Int?
    /// The characters to draw with.
    public var glyphs: Glyphs
    /// The widest a label may be; a third of the width when `nil`.
    public var labelLimit: Int?
    /// Rows per bar: a tall panel draws thicker bars rather than leave its rows empty.
    public var thickness = 1

    /// Creates a bar chart.
    public init(bars: [(label: String, value: Int, role: Role)], maxValue: Int? = nil, glyphs: Glyphs = .unicode,
                labelLimit: Int? = nil) {
        self.bars = bars
        self.maxValue = maxValue
        self.glyphs = glyphs
        self.labelLimit = labelLimit
    }

    /// Draws one bar per `thickness` rows of `area`; bars beyond the last row are not shown.
    /// Labels take at most a third of the width (or `labelLimit`), counts are right-aligned.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let labelWidth = min(bars.map { TextWidth.width(of: $0.label) }.max() ?? 0, min(labelLimit ?? area.width / 3, area.width))
        let countWidth = bars.map { String($0.value).count }.max() ?? 1
        let barWidth = max(0, area.width - labelWidth - countWidth - 2)
        let top = max(maxValue ?? bars.map(\.value).max() ?? 0, 1)

        let thickness = max(1, thickness)
        for (line, bar) in bars.prefix(area.height / thickness).enumerated() {
            let y = area.y + line * thickness
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: thickness), with: Style(.background))
            var x = area.x
            if labelWidth > 0 {
                let label = TextWidth.fit(bar.label, to: labelWidth, ellipsis: glyphs.ellipsis)
                x += buffer.put(label, x: x, y: y, style: Style(.text), maxWidth: area.maxX - x) + 1
            }
            let length = RatingBar(value: Double(max(bar.value, 0)), maxValue: Double(top), width: barWidth, glyphs: glyphs)
            for row in 0..<thickness {
                buffer.put(length.text, x: x, y: y + row, style: Style(bar.role), maxWidth: max(0, area.maxX - x))
            }
            x += barWidth + 1
            let count = TextWidth.pad(String(bar.value), to: countWidth, alignment: .right)
            buffer.put(count, x: x, y: y, style: Style(.muted), maxWidth: max(0, area.maxX - x))
        }
    }
}
