import MigofCore
import MigofWidgets

/// The table cells every screen draws ratings with, so a rating looks the same everywhere.
struct Cells {
    let framework: Framework
    let glyphs: Glyphs

    /// A rating as a coloured cell that also shows the number, so colour is never the only cue.
    func rating(_ rating: Rating?) -> TableCell {
        // `shown`: a partial assessment is no rating, but its provisional value is shown, marked.
        guard let rating, let value = rating.shown else { return TableCell("-", style: Style(.unscored)) }
        return TableCell(rating.basis == .partial ? "\(value)*" : "\(value)", style: Style(.rating(value), bold: true))
    }

    /// "reported", "assessed", "partial 2/6": how the headline was reached, styled apart.
    /// An area partly answered says "partial n/5" even when a published rating headlines, so
    /// the coverage of the provisional figure beside it is never hidden.
    func basis(_ rating: Rating) -> TableCell {
        if rating.assessed != nil, !rating.isFullyScored {
            return TableCell("partial \(rating.scored)/\(rating.total)", style: Style(.warning))
        }
        switch rating.basis {
        case .reported?: return TableCell("reported", style: Style(.muted))
        case .assessed?: return TableCell(rating.disagrees ? "assessed !" : "assessed", style: Style(rating.disagrees ? .warning : .accent, bold: true))
        case .partial?: return TableCell("partial \(rating.scored)/\(rating.total)", style: Style(.warning))
        case nil: return TableCell("unrated", style: Style(.unscored))
        }
    }

    func bar(_ value: Int?, width: Int) -> TableCell {
        let bar = RatingBar(value: value.map(Double.init), maxValue: Double(framework.scoreRange.upperBound), width: width, glyphs: glyphs)
        return TableCell(bar.text, style: Style(bar.role))
    }

    /// The rows a table of `count` rows shows for `state` with `visible` rows, and the
    /// selection within them, so building a frame costs what the screen shows.
    static func window(_ state: ListState, count: Int, visible: Int) -> (rows: Range<Int>, state: ListState) {
        var shown = state
        shown.clamp(count: count, visible: visible)
        let rows = shown.offset..<min(count, shown.offset + visible)
        return (rows, ListState(selected: shown.selected - shown.offset, offset: 0))
    }
}
