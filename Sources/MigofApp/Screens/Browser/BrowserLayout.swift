import MigofWidgets

/// Where the browser's search bar and table go; its view and hit-testing both use it.
struct BrowserLayout {
    var bar: Rect
    var panel: Rect
    /// The table: its header line, then the rows.
    var table: Rect
    var visibleRows: Int { max(1, table.height - 1) }

    init(_ rect: Rect) {
        let parts = rect.split(.vertical, [.fixed(1), .fill(1)])
        bar = parts[0]
        panel = parts[1]
        table = panel.inset(by: 1)
    }
}
