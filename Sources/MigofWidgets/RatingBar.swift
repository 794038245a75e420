/// A horizontal bar whose length shows a rating and whose role shows its band.
///
/// With Unicode glyphs the bar resolves eighths of a cell; with ASCII glyphs
/// it rounds to whole `#` cells. A missing rating fills the bar with
/// ``Glyphs/unscoredMark`` in ``Role/unscored`` so it never looks like zero.
public struct RatingBar: Sendable {
    /// The rating; `nil` (or NaN) means unscored. Clamped to `0...maxValue`.
    public var value: Double?
    /// The rating that fills the whole bar.
    public var maxValue: Double
    /// Columns the bar takes (at most the area's width).
    public var width: Int
    /// The characters to draw with.
    public var glyphs: Glyphs

    /// Creates a rating bar.
    public init(value: Double?, maxValue: Double = 4, width: Int, glyphs: Glyphs = .unicode) {
        self.value = value
        self.maxValue = maxValue
        self.width = width
        self.glyphs = glyphs
    }

    /// The role the bar is drawn in: the band of the value scaled to 0...4
    /// and rounded (for the default `maxValue` of 4 that is the value itself
    /// rounded), or ``Role/unscored``.
    public var role: Role {
        guard let fraction else { return .unscored }
        return Role.rating(Int((fraction * 4).rounded()))
    }

    /// The bar's text, exactly `width` columns (or empty for width <= 0).
    public var text: String {
        let columns = max(0, width)
        guard let fraction else { return String(repeating: glyphs.unscoredMark, count: columns) }
        var bar: String
        if glyphs.barEighths.isEmpty {
            let cells = Int((fraction * Double(columns)).rounded())
            bar = String(repeating: glyphs.barFull, count: cells)
        } else {
            let eighths = Int((fraction * Double(columns * 8)).rounded())
            bar = String(repeating: glyphs.barFull, count: eighths / 8)
            if eighths % 8 > 0 { bar += glyphs.barEighths[eighths % 8 - 1] }
        }
        return TextWidth.pad(bar, to: columns)
    }

    /// Draws the bar at the top-left of `area`, cut to the area's width.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.put(text, x: area.x, y: area.y, style: Style(role), maxWidth: area.width)
    }

    private var fraction: Double? {
        guard let value, !value.isNaN, maxValue > 0 else { return nil }
        return min(max(value / maxValue, 0), 1)
    }
}
