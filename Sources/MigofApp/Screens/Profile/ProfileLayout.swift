import MigofWidgets

/// Where the profile's parts go. Its view and its hit-testing both use it.
struct ProfileLayout {
    /// Name, years and overall rating: three lines.
    var head: Rect
    /// The bordered panel around the table.
    var panel: Rect
    /// The table: its header line, then the rows.
    var table: Rect
    /// The selected indicator's description and note, at the panel's foot; nil when an area
    /// row is selected or there is no room.
    var detail: Rect?
    /// Rows that fit under the table's header.
    var visibleRows: Int { max(1, table.height - 1) }

    init(_ rect: Rect, indicatorSelected: Bool) {
        let parts = rect.split(.vertical, [.fixed(3), .fill(1)])
        head = parts[0]
        panel = parts[1]
        let inner = panel.inset(by: 1)
        // The note gets the panel's last two lines, so notes are readable at any width.
        if inner.height >= 8, indicatorSelected {
            detail = Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2)
            table = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 3)
        } else {
            detail = nil
            table = inner
        }
    }
}
