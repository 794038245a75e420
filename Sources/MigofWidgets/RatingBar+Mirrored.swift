extension RatingBar {
    /// The bar growing from the right edge to the left, for the left-hand side of two bars
    /// that meet face to face. Exactly `width` columns.
    ///
    /// Block characters only come in left-aligned eighths, so this rounds to whole cells (or
    /// half cells with `▐` when Unicode is available); ratings on the usual 1–4 scale over an
    /// even width land on whole cells and lose nothing.
    public var mirroredText: String {
        let columns = max(0, width)
        guard let value, !value.isNaN, maxValue > 0 else { return String(repeating: glyphs.unscoredMark, count: columns) }
        let fraction = min(max(value / maxValue, 0), 1)
        var bar: String
        var used: Int
        if glyphs.isUnicode {
            let halves = Int((fraction * Double(columns * 2)).rounded())
            bar = (halves % 2 == 1 ? "▐" : "") + String(repeating: glyphs.barFull, count: halves / 2)
            used = halves / 2 + halves % 2
        } else {
            used = Int((fraction * Double(columns)).rounded())
            bar = String(repeating: glyphs.barFull, count: used)
        }
        return String(repeating: " ", count: max(0, columns - used)) + bar
    }
}
