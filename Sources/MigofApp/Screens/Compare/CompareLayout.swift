import MigofWidgets

/// Where the parts of the compare screen go in the content area. Drawing and mouse hits
/// both use it, so a click lands on the row it shows.
struct CompareLayout {
    /// Below this width the two sides stack instead of standing side by side.
    static let sideBySideWidth = 70

    /// True when each row takes two lines, A over B.
    var stacked: Bool
    /// One heading line per side; side by side they share one line.
    var headingA: Rect, headingB: Rect
    /// The summary, one line or (stacked, with room) two.
    var summary: Rect
    /// The bordered panel around the table; nil when stacked, where every line counts.
    var panel: Rect?
    /// The table: its header line, then the rows.
    var table: Rect
    /// The line describing the selected row; nil when there is no room.
    var detail: Rect?
    /// The whole content area.
    var area: Rect

    /// Lines per row.
    var rowHeight: Int { stacked ? 2 : 1 }

    /// Rows that fit under the table's header.
    var visibleRows: Int { max(0, table.height - 1) / rowHeight }

    init(_ rect: Rect, summaryWidth: Int) {
        area = rect
        stacked = rect.width < Self.sideBySideWidth
        if stacked {
            let text = Rect(x: rect.x + 1, y: rect.y, width: max(0, rect.width - 2), height: rect.height)
            let summaryLines = rect.height >= 16 && summaryWidth > text.width ? 2 : 1
            let hasDetail = rect.height >= 22
            let parts = text.split(.vertical, [.fixed(1), .fixed(1), .fixed(summaryLines), .fill(1), .fixed(hasDetail ? 1 : 0)])
            headingA = parts[0]
            headingB = parts[1]
            summary = parts[2]
            panel = nil
            table = parts[3]
            detail = hasDetail ? parts[4] : nil
        } else {
            let hasDetail = rect.height >= 12
            let parts = rect.split(.vertical, [.fixed(1), .fixed(1), .fill(1), .fixed(hasDetail ? 1 : 0)])
            let halves = parts[0].split(.horizontal, [.fill(1), .fill(1)], spacing: 2)
            headingA = Rect(x: halves[0].x + 1, y: halves[0].y, width: max(0, halves[0].width - 1), height: 1)
            headingB = Rect(x: halves[1].x, y: halves[1].y, width: max(0, halves[1].width - 1), height: 1)
            summary = Rect(x: rect.x + 1, y: parts[1].y, width: max(0, rect.width - 2), height: 1)
            panel = parts[2]
            table = parts[2].inset(by: 1)
            detail = hasDetail ? Rect(x: rect.x + 1, y: parts[3].y, width: max(0, rect.width - 2), height: 1) : nil
        }
    }
}
