import MigofCore
import MigofWidgets

extension App {
    func drawBrowser(into buffer: inout Buffer, area: Rect) {
        let parts = area.split(.vertical, [.fixed(1), .fill(1)])
        drawBrowserBar(into: &buffer, area: parts[0])
        let panel = Panel(title: "Countries, \(year)", focused: !browser.searching, glyphs: glyphs)
        panel.render(into: &buffer, area: parts[1])
        let inner = panel.inner(parts[1])
        guard !inner.isEmpty else { return }
        if browser.rows.isEmpty {
            buffer.put("No country matches. Esc clears the search.", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let showRegion = inner.width >= 72
        let shown = window(browser.list, count: browser.rows.count, tableArea: inner)
        // Local codes (`S00042`) are longer than ISO3 ones; the column fits the rows on screen.
        let keyWidth = max(4, browser.rows[shown.rows].map(\.utf8.count).max() ?? 4)
        var columns = [TableColumn(title: "ISO3", width: .fixed(keyWidth)), TableColumn(title: "Country", width: .fill(1))]
        if showRegion { columns.append(TableColumn(title: "Region", width: .fixed(9))) }
        columns.append(TableColumn(title: marked("All", .overall), width: .fixed(4), alignment: .right))
        for item in framework.areas {
            columns.append(TableColumn(title: marked(item.id, .area(item.id)), width: .fixed(3), alignment: .right))
        }
        let rows: [[TableCell]] = browser.rows[shown.rows].map { code in
            let profile = profiles[code]!
            var cells = [TableCell(code, style: Style(.muted)), nameCell(code, profile.country.name)]
            if showRegion { cells.append(TableCell(profile.country.region, style: Style(.muted))) }
            cells.append(profile.hasAssessment ? ratingCell(profile.overall) : TableCell("·", style: Style(.unscored)))
            cells += profile.areas.map { profile.hasAssessment ? ratingCell($0.rating) : TableCell("·", style: Style(.unscored)) }
            return cells
        }
        Table(columns: columns, rows: rows, state: shown.state, glyphs: glyphs).render(into: &buffer, area: inner)
    }

    /// The country's name, led by "[A]" or "[B]" when it is marked for a comparison.
    private func nameCell(_ code: String, _ name: String) -> TableCell {
        guard let index = browser.marked.firstIndex(of: code) else { return TableCell(name) }
        return TableCell("[\(index == 0 ? "A" : "B")] \(name)", style: Style(.accent, bold: true))
    }

    /// A column title with a sort arrow when the list is sorted by it.
    private func marked(_ title: String, _ order: CountrySort) -> String {
        browser.sort == order ? title + glyphs.arrowDown : title
    }

    private func drawBrowserBar(into buffer: inout Buffer, area: Rect) {
        var x = area.x + 1
        x += buffer.put("/", x: x, y: area.y, style: Style(.accent, bold: true)) + 1
        let counts = "\(browser.rows.count) of \(store.countries.count) · region: \(regionLabel) · sort: \(browser.sort.label)"
        let countsWidth = min(TextWidth.width(of: counts), max(0, area.width - 20))
        let fieldWidth = max(8, area.maxX - x - countsWidth - 2)
        if browser.searching || !browser.search.text.isEmpty {
            browser.search.render(into: &buffer, area: Rect(x: x, y: area.y, width: fieldWidth, height: 1),
                                  style: Style(.text, underline: browser.searching), showsCursor: browser.searching)
        } else {
            buffer.put("search by name or ISO code", x: x, y: area.y, style: Style(.muted), maxWidth: fieldWidth)
        }
        buffer.put(TextWidth.truncate(counts, to: countsWidth, ellipsis: glyphs.ellipsis), x: area.maxX - countsWidth - 1,
                   y: area.y, style: Style(.muted), maxWidth: countsWidth)
    }
}
