/// The one-row bar at the bottom of the screen: a status message on the
/// left, key hints after it, and a right segment (e.g. "? help") that stays
/// visible however narrow the screen gets.
public struct StatusBar: Sendable {
    /// Status text, cut with an ellipsis to make room for `right`.
    public var left: String
    /// Always shown at the right edge; cut only when wider than the screen.
    public var right: String
    /// Key hints such as ("/", "filter"), most important first: each is shown
    /// whole or not at all, and one that does not fit gives its room to a
    /// shorter one after it.
    public var hints: [(key: String, label: String)]
    /// Supplies the ellipsis for cut text.
    public var glyphs: Glyphs

    /// Creates a status bar.
    public init(left: String, right: String, hints: [(key: String, label: String)], glyphs: Glyphs = .unicode) {
        self.left = left
        self.right = right
        self.hints = hints
        self.glyphs = glyphs
    }

    /// Draws the bar on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let y = area.y
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Style(.background))

        let rightText = TextWidth.truncate(right, to: area.width, ellipsis: glyphs.ellipsis)
        let rightWidth = TextWidth.width(of: rightText)
        buffer.put(rightText, x: area.maxX - rightWidth, y: y, style: Style(.accent, bold: true))
        // Keep one blank column between the left part and the right segment.
        let end = area.maxX - rightWidth - (rightWidth > 0 ? 1 : 0)

        var x = area.x
        if !left.isEmpty, end > x {
            let leftText = TextWidth.truncate(left, to: end - x, ellipsis: glyphs.ellipsis)
            x += buffer.put(leftText, x: x, y: y, style: Style(.text), maxWidth: end - x)
        }
        for hint in hints {
            let gap = x > area.x ? 2 : 0
            let width = TextWidth.width(of: hint.key) + 1 + TextWidth.width(of: hint.label)
            guard x + gap + width <= end else { continue }
            x += gap
            x += buffer.put(hint.key, x: x, y: y, style: Style(.accent, bold: true))
            x += 1
            x += buffer.put(hint.label, x: x, y: y, style: Style(.muted))
        }
    }
}
