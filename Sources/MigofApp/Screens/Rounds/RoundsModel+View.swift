import MigofCore
import MigofWidgets

extension RoundsModel {
    func view(into buffer: inout Buffer, layout: RoundsLayout, context: ViewContext) {
        let table = table(context.document), glyphs = context.glyphs
        let header = "\(from) → \(to) · \(table.rows.count) countries in both rounds · region: "
            + "\(regionName(context.document) ?? "all") · order: \(order.label)"
        buffer.put(TextWidth.truncate(header, to: layout.header.width - 1, ellipsis: glyphs.ellipsis), x: layout.header.x + 1,
                   y: layout.header.y, style: Style(.accent, bold: true), maxWidth: layout.header.width - 1)
        Panel(title: "What moved, \(from) → \(to)", focused: true, glyphs: glyphs).render(into: &buffer, area: layout.panel)
        drawSummaries(table, into: &buffer, layout: layout, glyphs: glyphs)
        let inner = layout.table
        guard !inner.isEmpty else { return }
        guard !table.rows.isEmpty else {
            buffer.put("No country in this region was assessed in both \(from) and \(to). R shows every region.",
                       x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        var columns = [TableColumn(title: "ISO3", width: .fixed(4)), TableColumn(title: "Country", width: .fill(1))]
        if layout.showsRegion { columns.append(TableColumn(title: "Region", width: .fixed(9))) }
        for measure in table.measures {
            let sorted = order == .change(measure == "Overall" ? nil : measure)
            let title = (measure == "Overall" ? "All" : measure) + (sorted ? glyphs.arrowDown : "")
            columns.append(TableColumn(title: title, width: .fixed(5), alignment: .right))
        }
        let shown = Cells.window(list, count: table.rows.count, visible: layout.visibleRows)
        let rows: [[TableCell]] = table.rows[shown.rows].map { row in
            var line = [TableCell(row.iso3, style: Style(.muted)), TableCell(row.name)]
            if layout.showsRegion { line.append(TableCell(row.region, style: Style(.muted))) }
            return line + row.changes.map(Self.cell)
        }
        Table(columns: columns, rows: rows, state: shown.state, glyphs: glyphs).render(into: &buffer, area: inner)
    }

    /// `2→3 ▲` in the rise colour, `▼` in the fall colour, `=` muted; the glyph carries the
    /// direction without colour.
    static func cell(_ change: RoundChange?) -> TableCell {
        guard let change else { return TableCell("–", style: Style(.unscored)) }
        let role: Role = change.delta > 0 ? .positive : change.delta < 0 ? .negative : .muted
        return TableCell(RoundsTable.text(change), style: Style(role, bold: change.delta != 0))
    }

    private func drawSummaries(_ table: RoundsTable, into buffer: inout Buffer, layout: RoundsLayout, glyphs: Glyphs) {
        var summaries = table.summaries
        if layout.summary.height < summaries.count {
            // One line: the measure the table is ordered by.
            let measure: String = if case .change(let area?) = order { area } else { "Overall" }
            summaries = summaries.filter { $0.measure == measure }
        }
        for (offset, summary) in summaries.prefix(layout.summary.height).enumerated() {
            let y = layout.summary.y + offset
            let width = layout.summary.width - 1
            buffer.put(TextWidth.truncate(summary.text, to: width, ellipsis: glyphs.ellipsis), x: layout.summary.x + 1, y: y,
                       style: Style(.text), maxWidth: width)
            buffer.setStyle(Rect(x: layout.summary.x + 1, y: y, width: min(width, summary.measure.count + 1), height: 1),
                            Style(.accent, bold: true))
        }
    }
}
