import MigofCore
import MigofWidgets

extension CompareView {
    /// The narrow layout: every row on two lines, A above B, bars on one scale from the same
    /// left edge, so nothing is cut off and lengths still compare at a glance.
    func drawCompareStacked(_ state: CompareState, _ comparison: Comparison, rows: [CompareRow], layout: CompareLayout,
                            into buffer: inout Buffer) {
        let table = layout.table
        guard table.height >= 1, table.width >= 1 else { return }
        let labelled = table.width >= 64
        var constraints: [Constraint] = [.fill(1), .fixed(6), .fixed(2), .fixed(8)]
        if labelled { constraints.append(.fixed(9)) }
        constraints += [.fixed(Self.basisWidth(comparison, cells: cells)), .fixed(3)]
        func slots(_ y: Int) -> [Rect] {
            Rect(x: table.x, y: y, width: table.width, height: 1).split(.horizontal, constraints, spacing: 1)
        }
        let title = Style(.title, bold: true)
        let head = slots(table.y)
        let names = ["Area", "Side", "", "Bar"] + (labelled ? ["Label"] : []) + ["Basis", glyphs.isUnicode ? "Δ" : "+/-"]
        for (slot, name) in zip(head, names) { put(name, in: slot, style: title, right: slot == head.last, into: &buffer) }
        let shown = compareWindow(state, count: rows.count, layout: layout)
        for (line, index) in shown.rows.enumerated() {
            let top = table.y + 1 + line * 2
            let figures = compareFigures(rows[index], comparison, state: state)
            put(figures.name.text, in: slots(top)[0], style: figures.name.style, into: &buffer)
            for (offset, side) in [CompareState.Side.a, .b].enumerated() {
                guard let item = side == .a ? figures.a : figures.b else { continue }
                let cells = slots(top + offset)
                let profile = side == .a ? comparison.a : comparison.b
                let tag = (side == .a ? "A " : "B ") + (comparison.isTrend ? "\(profile.year)" : profile.country.iso3)
                let focused = state.focus == side
                put(tag, in: cells[1], style: Style(focused ? .accent : .muted, bold: focused, underline: focused), into: &buffer)
                put(item.number.text, in: cells[2], style: item.number.style, right: true, into: &buffer)
                let drawn = bar(item.value, width: 8)
                if item.scaled { put(drawn.text, in: cells[3], style: drawn.style, into: &buffer) }
                var column = 4
                if labelled {
                    if item.scaled {
                        put(compareLabel(item.value, width: 9), in: cells[column], style: Style(item.value == nil ? .unscored : .text),
                            into: &buffer)
                    }
                    column += 1
                }
                put(item.basis.text, in: cells[column], style: item.basis.style, into: &buffer)
                // The delta sits on B's line: it is B − A, read after both figures.
                if side == .b { put(figures.delta.text, in: cells[column + 1], style: figures.delta.style, right: true, into: &buffer) }
            }
            if line == shown.state.selected {
                buffer.setStyle(Rect(x: table.x, y: top, width: table.width, height: min(2, table.maxY - top)), Style(.selection))
            }
        }
    }
}
