import MigofCore
import MigofWidgets

extension BrowserModel {
    func view(into buffer: inout Buffer, layout: BrowserLayout, context: ViewContext) {
        drawBar(into: &buffer, area: layout.bar, context: context)
        if let frequency {
            drawFrequency(frequency, into: &buffer, layout: layout, context: context)
            return
        }
        let panel = Panel(title: "Countries, \(context.year)", focused: !searching, glyphs: context.glyphs)
        panel.render(into: &buffer, area: layout.panel)
        let inner = layout.table
        guard !inner.isEmpty else { return }
        if rows.isEmpty, isScanning {
            buffer.put("Searching\(context.glyphs.ellipsis)", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        if rows.isEmpty {
            let why = filter == nil ? "Esc clears the search." : "Esc clears the filter."
            buffer.put("No country matches. \(why)", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let shown = Cells.window(list, count: rows.count, visible: layout.visibleRows)
        let columns = tableColumns(width: inner.width, visible: layout.visibleRows, document: context.document, glyphs: context.glyphs)
        let lines: [[TableCell]] = rows[shown.rows].map { tableRow(sorted[Int($0)], columns: columns.map(\.1), context: context) }
        Table(columns: columns.map(\.0), rows: lines, state: shown.state, focused: !searching, glyphs: context.glyphs)
            .render(into: &buffer, area: inner)
    }

    /// The table's columns for a width, each with the order a click on its heading asks for;
    /// the view and the heading clicks both use it.
    func tableColumns(width: Int, visible: Int, document: Document, glyphs: Glyphs) -> [(TableColumn, BrowserColumn?)] {
        // Local codes (`S00042`) are longer than ISO3 ones; the column fits the rows on screen.
        let shown = Cells.window(list, count: rows.count, visible: visible)
        let keyWidth = max(4, rows[shown.rows].map { sorted[Int($0)].utf8.count }.max() ?? 4)
        var columns: [(TableColumn, BrowserColumn?)] = [
            (TableColumn(title: "ISO3", width: .fixed(keyWidth)), nil),
            (TableColumn(title: heading("Country", .name, glyphs), width: .fill(1)), .name),
        ]
        if width >= 72 { columns.append((TableColumn(title: "Region", width: .fixed(9)), nil)) }
        columns.append((TableColumn(title: heading("All", .overall, glyphs), width: .fixed(4), alignment: .right), .overall))
        for item in document.framework.areas {
            columns.append((TableColumn(title: heading(item.id, .area(item.id), glyphs), width: .fixed(3), alignment: .right),
                            .area(item.id)))
        }
        // The figure the list is ordered by, when no rating column shows it.
        if sort.column == .change {
            columns.append((TableColumn(title: heading("Δ", .change, glyphs), width: .fixed(4), alignment: .right), .change))
        } else if sort.column == .coverage {
            columns.append((TableColumn(title: heading("Cov", .coverage, glyphs), width: .fixed(6), alignment: .right), .coverage))
        }
        return columns
    }

    /// The column whose heading is at `x`, for a click on the heading row.
    func headingColumn(atX x: Int, document: Document, layout: BrowserLayout) -> BrowserColumn? {
        let columns = tableColumns(width: layout.table.width, visible: layout.visibleRows, document: document, glyphs: .ascii)
        let slots = layout.table.split(.horizontal, columns.map(\.0.width), spacing: 1)
        return zip(slots, columns).first { slot, _ in x >= slot.x && x < slot.maxX }?.1.1
    }

    private func tableRow(_ code: String, columns: [BrowserColumn?], context: ViewContext) -> [TableCell] {
        let profile = context.document.profile(code)!, cells = context.cells
        return columns.enumerated().map { index, column in
            switch column {
            case nil: return index == 0 ? TableCell(code, style: Style(.muted)) : TableCell(profile.country.region, style: Style(.muted))
            case .name?: return nameCell(code, profile.country.name)
            case .overall?: return profile.hasAssessment ? cells.rating(profile.overall) : TableCell("·", style: Style(.unscored))
            case .area(let id)?:
                return profile.hasAssessment ? cells.rating(profile.area(id)?.rating) : TableCell("·", style: Style(.unscored))
            case .change?: return changeCell(BrowserSort.change(profile, document: context.document), glyphs: context.glyphs)
            case .coverage?:
                guard profile.hasAssessment else { return TableCell("·", style: Style(.unscored)) }
                return TableCell("\(profile.overall.scored)/\(profile.overall.total)", style: Style(.muted))
            }
        }
    }

    private func changeCell(_ change: RoundChange?, glyphs: Glyphs) -> TableCell {
        guard let change else { return TableCell("–", style: Style(.unscored)) }
        if change.delta > 0 { return TableCell("\(glyphs.arrowUp)\(change.delta)", style: Style(.positive, bold: true)) }
        if change.delta < 0 { return TableCell("\(glyphs.arrowDown)\(-change.delta)", style: Style(.negative, bold: true)) }
        return TableCell("=", style: Style(.muted))
    }

    /// The country's name, led by its mark: "[A]", "[B]", then "[3]", "[4]" for those waiting.
    private func nameCell(_ code: String, _ name: String) -> TableCell {
        guard let index = marked.firstIndex(of: code) else { return TableCell(name) }
        let badge = index == 0 ? "A" : index == 1 ? "B" : "\(index + 1)"
        return TableCell("[\(badge)] \(name)", style: Style(.accent, bold: true))
    }

    /// A column title with an arrow when the list is ordered by it: ▼ for highest (or Z)
    /// first, ▲ for lowest first. Names A to Z, the default, carry none.
    private func heading(_ title: String, _ column: BrowserColumn, _ glyphs: Glyphs) -> String {
        guard sort.column == column else { return title }
        if column == .name { return sort.ascending ? title : title + glyphs.arrowDown }
        return title + (sort.ascending ? glyphs.arrowUp : glyphs.arrowDown)
    }

    private func drawBar(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let glyphs = context.glyphs
        var x = area.x + 1
        x += buffer.put("/", x: x, y: area.y, style: Style(.accent, bold: true)) + 1
        // While a search is under way its count is not known yet: how far it has got shows instead.
        let found = isScanning ? "searching\(glyphs.ellipsis) \(scan.percent)%" : "\(rows.count) of \(context.document.store.countries.count)"
        var counts = "\(found) · region: \(regionLabel(context.document))"
        if let filter { counts += " · filter: \(filter.description)" }
        counts += " · sort: \(sort.column.label)"
        if sort.ascending != sort.column.naturalAscending { counts += " " + (sort.ascending ? glyphs.arrowUp : glyphs.arrowDown) }
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
