import MigofWidgets

/// Where the review screen's summary, table and detail line go; its view and hit-testing
/// both use it.
struct ReviewLayout {
    var header: Rect
    var panel: Rect
    /// The table inside the panel: its heading line, then the rows.
    var table: Rect
    /// The chosen area of the selected row, spelt out.
    var detail: Rect
    var visibleRows: Int { max(1, table.height - 1) }
    /// True when a cell shows the assessed and published ratings beside its coverage
    /// (`5/5 3≠2`); narrower, a cell shows the coverage and a mark (`5/5≠`), and the detail
    /// line spells out the selected one.
    var showsRatings: Bool { table.width >= 96 }

    init(_ rect: Rect) {
        let parts = rect.split(.vertical, [.fixed(1), .fill(1), .fixed(rect.height >= 12 ? 1 : 0)])
        header = parts[0]
        panel = parts[1]
        table = panel.inset(by: 1)
        detail = parts[2]
    }
}
