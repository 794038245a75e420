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

    /// Lines of the detail under the table: place, now, ours, theirs, base.
    static let detailLines = 5

    /// `count` conflicts in `rect`: the table as tall as its rows (or the room), the detail
    /// one blank line under it, so a short list reads as one block.
    init(_ rect: Rect, count: Int) {
        panel = rect
        let inner = rect.inset(by: 1)
        // The detail only when the table keeps at least three rows besides its header.
        let detailHeight = inner.height >= 4 + Self.detailLines + 1 ? Self.detailLines + 1 : 0
        let tableHeight = min(inner.height - detailHeight, 1 + max(1, count))
        table = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, tableHeight))
        detail = Rect(x: inner.x, y: table.maxY + 1, width: inner.width, height: detailHeight > 0 ? Self.detailLines : 0)
    }

    /// The conflict row under a point (0-based among the visible rows), or nil.
    func line(x: Int, y: Int) -> Int? {
        guard table.contains(x: x, y: y), y > table.y else { return nil }
        return y - table.y - 1
    }
}
