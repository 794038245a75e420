import MigofCore
import MigofWidgets

extension App {
    /// A click on a compare row selects it (a second click opens or closes its area); a click
    /// on a side's half or heading gives that side the focus.
    mutating func clickCompare(_ start: CompareState, x: Int, y: Int) {
        guard let comparison = comparison(start) else { return }
        var state = start
        let content = contentArea
        let layout = CompareLayout(content, summaryWidth: TextWidth.width(of: comparison.summary))
        if layout.headingA.contains(x: x, y: y) { state.focus = .a }
        if layout.headingB.contains(x: x, y: y) { state.focus = .b }
        let rows = compareRows(state, comparison)
        let first = layout.table.y + 1
        var open = false
        if y >= first, y < layout.table.maxY {
            let shown = compareWindow(state, count: rows.count, layout: layout)
            let line = (y - first) / layout.rowHeight
            let index = shown.rows.lowerBound + line
            if line < layout.visibleRows, rows.indices.contains(index) {
                open = index == state.list.selected
                state.list.select(index, count: rows.count, visible: pageSize)
                if layout.stacked {
                    state.focus = (y - first) % 2 == 0 ? .a : .b
                } else {
                    state.focus = x < CompareColumns(layout.table, basisWidth: compareBasisWidth(comparison)).axis.x ? .a : .b
                }
            }
        }
        stack[stack.count - 1] = .compare(state)
        if open { perform(.open) }
    }
}
