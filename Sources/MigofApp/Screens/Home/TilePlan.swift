/// How a home tile shares its rows once the band chart and the region heading have theirs:
/// first a line of the statement, then a row per region, then the change since the previous
/// round, then the rest of the statement, then thicker bars, then blank lines between the
/// sections.
struct TilePlan: Equatable {
    /// Lines of the statement shown.
    var statement = 0
    /// Whether the regions have a row each (else they are packed into what is left).
    var regionsInRows = false
    /// Whether the line "Since 2019: …" is shown.
    var since = false
    /// Rows per bar of the band chart: 2 when a tall tile has a second row for each band.
    var thickness = 1
    /// Blank rows between the sections, before the chart and before the regions (0 to 2).
    var gap = 0

    /// `rows` left after the chart and heading, a statement of `statement` wrapped lines,
    /// `regions` regions, and whether there is a previous round to compare with.
    init(rows: Int, statement whole: Int, regions: Int, bands: Int, since hasSince: Bool) {
        var left = rows
        if left >= 1, whole > 0 { statement = 1; left -= 1 }
        if left >= regions { regionsInRows = true; left -= regions }
        if hasSince, left >= 1, regionsInRows { since = true; left -= 1 }
        if !regionsInRows {
            // Packed regions take two rows or so; the change and a second statement line only beyond those.
            if hasSince, left >= 3 { since = true; left -= 1 }
            if left >= 3, whole > 1 { statement = 2; left -= 1 }
            return
        }
        let more = min(max(0, whole - statement), left)
        statement += more
        left -= more
        if left >= bands + 2 {
            thickness = 2
            left -= bands
        }
        // Two gaps share what is left, so a tall tile's spare rows sit between its parts.
        gap = min(2, left / 2)
    }
}
