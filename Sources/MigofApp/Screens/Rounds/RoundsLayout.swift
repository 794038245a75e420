import MigofWidgets

/// Where the rounds screen's header, table and summary lines go; its view and hit-testing
/// both use it.
struct RoundsLayout {
    var header: Rect
    var panel: Rect
    /// The table inside the panel: its heading line, then the rows.
    var table: Rect
    /// One line per measure when the height allows; else one line (the sorted measure's).
    var summary: Rect
    var visibleRows: Int { max(1, table.height - 1) }
    /// True when the table has room for the region column.
    var showsRegion: Bool { table.width >= 96 }

    /// `summaries`: how many summary lines there are (overall and each area).
    init(_ rect: Rect, summaries: Int) {
        // All the summaries when at least 8 table rows remain, else only one line.
        let lines = rect.height - summaries - 1 - 3 >= 8 ? summaries : 1
        let parts = rect.split(.vertical, [.fixed(1), .fill(1), .fixed(lines)])
        header = parts[0]
        panel = parts[1]
        table = panel.inset(by: 1)
        summary = parts[2]
    }
}
