import MigofCore
import MigofWidgets

extension ReviewModel {
    func view(into buffer: inout Buffer, layout: ReviewLayout, context: ViewContext) {
        let table = table(context.document), glyphs = context.glyphs
        buffer.put(TextWidth.truncate(table.summary, to: layout.header.width - 1, ellipsis: glyphs.ellipsis),
                   x: layout.header.x + 1, y: layout.header.y, style: Style(.accent, bold: true), maxWidth: layout.header.width - 1)
        Panel(title: "Review: assessed against published", focused: true, glyphs: glyphs).render(into: &buffer, area: layout.panel)
        let inner = layout.table
        guard !inner.isEmpty else { return }
        guard !table.rows.isEmpty else {
            buffer.put("No country-year has an answer yet. Score indicators on a profile (1-4) and they are listed here.",
                       x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let wide = layout.showsRatings
        // Below 70 columns the name alone says the country, so it keeps the room.
        let showsCode = inner.width >= 70
        var columns = showsCode ? [TableColumn(title: "ISO3", width: .fixed(4))] : []
        columns += [TableColumn(title: "Country", width: .fill(1)), TableColumn(title: "Year", width: .fixed(4), alignment: .right)]
        for (index, id) in (["All"] + table.areaIDs).enumerated() {
            // The overall coverage counts every indicator (`12/36`), two digits more than an area's.
            let width = (wide ? 9 : 5) + (index == 0 ? 2 : 0)
            columns.append(TableColumn(title: id + (index == column ? glyphs.arrowDown : ""), width: .fixed(width), alignment: .right))
        }
        let shown = Cells.window(list, count: table.rows.count, visible: layout.visibleRows)
        let rows: [[TableCell]] = table.rows[shown.rows].map { row in
            (showsCode ? [TableCell(row.iso3, style: Style(.muted))] : [])
                + [TableCell(row.name, style: Style(.text, bold: !row.disagreements.isEmpty)), TableCell(String(row.year), style: Style(.muted))]
                + ([row.overall] + row.areas).map { Self.cell($0, wide: wide) }
        }
        Table(columns: columns, rows: rows, state: shown.state, glyphs: glyphs).render(into: &buffer, area: inner)
        if let row = selectedRow(table) { drawDetail(row, into: &buffer, layout: layout, context: context) }
    }

    /// `5/5 3≠2` (or `5/5≠` narrower): a disagreement as a warning, agreement in the band's
    /// colour, work in progress muted; the `≠` reads without colour.
    static func cell(_ entry: ReviewTable.Entry, wide: Bool) -> TableCell {
        let text = wide ? "\(entry.coverage) \(entry.comparison)" : entry.compact
        let rating = entry.rating
        if rating.disagrees { return TableCell(text, style: Style(.warning, bold: true)) }
        if let value = rating.completeAssessed { return TableCell(text, style: Style(.rating(value))) }
        return TableCell(text, style: Style(rating.answered > 0 ? .unscored : .muted))
    }

    /// "Canada 2021 · P2 5/5 answered · assessed 3 (75%) against published 2: 1 band higher".
    private func drawDetail(_ row: ReviewTable.Row, into buffer: inout Buffer, layout: ReviewLayout, context: ViewContext) {
        guard layout.detail.height > 0 else { return }
        let entry = column == 0 ? row.overall : row.areas[column - 1]
        let rating = entry.rating
        var text = "\(row.name) \(row.year) · \(entry.id) \(entry.coverage) answered"
        if let assessed = rating.assessed {
            text += " · assessed \(assessed)\(rating.figureText.map { " (\($0))" } ?? "")\(rating.isFullyScored ? "" : " partial")"
        }
        text += " · published " + (rating.published.map(String.init) ?? "none")
        if let gap = entry.gap, gap != 0 {
            text += ": \(abs(gap)) band\(abs(gap) == 1 ? "" : "s") \(gap > 0 ? "higher" : "lower")"
        }
        let style = Style(rating.disagrees ? .warning : .text, bold: true)
        buffer.put(TextWidth.truncate(text, to: layout.detail.width - 1, ellipsis: context.glyphs.ellipsis), x: layout.detail.x + 1,
                   y: layout.detail.y, style: style, maxWidth: layout.detail.width - 1)
    }
}
