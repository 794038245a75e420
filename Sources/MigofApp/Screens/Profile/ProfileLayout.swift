import MigofWidgets

/// Where the profile's parts go. Its view and its hit-testing both use it.
struct ProfileLayout {
    /// Name, years and overall rating: three lines.
    var head: Rect
    /// The bordered panel around the table.
    var panel: Rect
    /// The table: its header line, then the rows.
    var table: Rect
    /// The legend of the markers (`*` partial, `!` bands differ, `?` caveat), under the table;
    /// nil when there is no room.
    var legend: Rect?
    /// The selected row's detail at the panel's foot, word-wrapped: an indicator's
    /// description, answer and note, or an area's published rating with its citation, its
    /// caveat, its assessment and its region and world averages; nil when there is no room.
    /// Two or three lines, more when the wrapped text needs them, as long as the table keeps
    /// its header and the six area rows.
    var detail: Rect?
    /// Rows that fit under the table's header.
    var visibleRows: Int { max(1, table.height - 1) }

    /// Lines the table keeps under any detail: its header and one row per area.
    static let tableMinimum = 7

    /// `detailLines`: how many lines the selected row's wrapped detail needs.
    init(_ rect: Rect, detailLines wanted: Int = 0) {
        let parts = rect.split(.vertical, [.fixed(3), .fill(1)])
        head = parts[0]
        panel = parts[1]
        let inner = panel.inset(by: 1)
        // The detail gets the panel's last two lines, so notes and caveats are readable at any
        // width, and the legend the line above them.
        // Three lines when the panel is tall: a caveat or the answer in full gets its own.
        if inner.height >= 8 {
            let base = inner.height >= 14 ? 3 : 2
            let room = max(base, inner.height - 1 - Self.tableMinimum)
            let lines = min(max(base, wanted), room)
            legend = Rect(x: inner.x, y: inner.maxY - lines - 1, width: inner.width, height: 1)
            detail = Rect(x: inner.x, y: inner.maxY - lines, width: inner.width, height: lines)
            table = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - lines - 1)
        } else {
            legend = nil
            detail = nil
            table = inner
        }
    }
}
