import MigofWidgets

/// Where the conflicts table and the selected conflict's detail go; the view and the
/// hit-testing both use it.
struct ConflictsLayout {
    var panel: Rect
    /// The table: its header line, then one row per conflict.
    var table: Rect
    /// Under the table: the selected conflict's values in full, one side a line.
    var detail: Rect
    /// Data rows the table shows at once.
    var visibleRows: Int { max(1, table.height - 1) }

    /// Lines of the detail under the table: place, ours, theirs, base.
    static let detailLines = 4

    init(_ rect: Rect) {
        panel = rect
        let inner = rect.inset(by: 1)
        // The detail only when the table keeps at least five rows besides its header.
        let detailHeight = inner.height >= 6 + Self.detailLines + 1 ? Self.detailLines + 1 : 0
        let parts = inner.split(.vertical, [.fill(1), .fixed(detailHeight)])
        table = parts[0]
        // One blank line between the table and the detail.
        detail = detailHeight > 0 ? Rect(x: parts[1].x, y: parts[1].y + 1, width: parts[1].width, height: Self.detailLines)
            : parts[1]
    }

    /// The conflict row under a point (0-based among the visible rows), or nil.
    func line(x: Int, y: Int) -> Int? {
        guard table.contains(x: x, y: y), y > table.y else { return nil }
        return y - table.y - 1
    }
}
