import MigofCore
import MigofWidgets

extension BrowserModel {
    func view(into buffer: inout Buffer, layout: BrowserLayout, context: ViewContext) {
        let glyphs = context.glyphs, cells = context.cells
        drawBar(into: &buffer, area: layout.bar, context: context)
        let panel = Panel(title: "Countries, \(context.year)", focused: !searching, glyphs: glyphs)
        panel.render(into: &buffer, area: layout.panel)
        let inner = layout.table
        guard !inner.isEmpty else { return }
        if rows.isEmpty {
            buffer.put("No country matches. Esc clears the search.", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let showRegion = inner.width >= 72
        let shown = Cells.window(list, count: rows.count, visible: layout.visibleRows)
        // Local codes (`S00042`) are longer than ISO3 ones; the column fits the rows on screen.
        let keyWidth = max(4, rows[shown.rows].map(\.utf8.count).max() ?? 4)
        var columns = [TableColumn(title: "ISO3", width: .fixed(keyWidth)), TableColumn(title: "Country", width: .fill(1))]
        if showRegion { columns.append(TableColumn(title: "Region", width: .fixed(9))) }
        columns.append(TableColumn(title: heading("All", .overall, glyphs), width: .fixed(4), alignment: .right))
        for item in context.framework.areas {
            columns.append(TableColumn(title: heading(item.id, .area(item.id), glyphs), width: .fixed(3), alignment: .right))
        }
        let rows: [[TableCell]] = rows[shown.rows].map { code in
            let profile = context.document.profile(code)!
            var line = [TableCell(code, style: Style(.muted)), nameCell(code, profile.country.name)]
            if showRegion { line.append(TableCell(profile.country.region, style: Style(.muted))) }
            line.append(profile.hasAssessment ? cells.rating(profile.overall) : TableCell("·", style: Style(.unscored)))
            line += profile.areas.map { profile.hasAssessment ? cells.rating($0.rating) : TableCell("·", style: Style(.unscored)) }
            return line
        }
        Table(columns: columns, rows: rows, state: shown.state, glyphs: glyphs).render(into: &buffer, area: inner)
    }

    /// The country's name, led by "[A]" or "[B]" when it is marked for a comparison.
    private func nameCell(_ code: String, _ name: String) -> TableCell {
        guard let index = marked.firstIndex(of: code) else { return TableCell(name) }
        return TableCell("[\(index == 0 ? "A" : "B")] \(name)", style: Style(.accent, bold: true))
    }

    /// A column title with a sort arrow when the list is sorted by it.
    private func heading(_ title: String, _ order: CountrySort, _ glyphs: Glyphs) -> String {
        sort == order ? title + glyphs.arrowDown : title
    }

    private func drawBar(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let glyphs = context.glyphs
        var x = area.x + 1
        x += buffer.put("/", x: x, y: area.y, style: Style(.accent, bold: true)) + 1
        let counts = "\(rows.count) of \(context.document.store.countries.count) · region: \(regionLabel(context.document)) · sort: \(sort.label)"
        let countsWidth = min(TextWidth.width(of: counts), max(0, area.width - 20))
        let fieldWidth = max(8, area.maxX - x - countsWidth - 2)
        if searching || !search.text.isEmpty {
            search.render(into: &buffer, area: Rect(x: x, y: area.y, width: fieldWidth, height: 1),
                                  style: Style(.text, underline: searching), showsCursor: searching)
        } else {
            buffer.put("search by name or ISO code", x: x, y: area.y, style: Style(.muted), maxWidth: fieldWidth)
        }
        buffer.put(TextWidth.truncate(counts, to: countsWidth, ellipsis: glyphs.ellipsis), x: area.maxX - countsWidth - 1,
                   y: area.y, style: Style(.muted), maxWidth: countsWidth)
    }
}
