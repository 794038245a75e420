import MigofCore
import MigofWidgets

extension ProfileModel {
    func view(into buffer: inout Buffer, layout: ProfileLayout, context: ViewContext) {
        guard let profile = context.document.profile(code) else { return }
        let glyphs = context.glyphs, year = context.year, framework = context.framework, cells = context.cells
        let country = profile.country
        let head = layout.head
        var x = head.x + 1
        x += buffer.put("\(country.name) (\(country.iso3))", x: x, y: head.y, style: Style(.title, bold: true), maxWidth: head.width - 2)
        let place = [country.region, country.subRegion].filter { !$0.isEmpty }.joined(separator: " / ")
        buffer.put("  " + place, x: x, y: head.y, style: Style(.muted), maxWidth: max(0, head.maxX - x - 1))
        x = head.x + 1
        x += buffer.put("Years: ", x: x, y: head.y + 1, style: Style(.muted))
        if country.years.isEmpty {
            buffer.put("none", x: x, y: head.y + 1, style: Style(.unscored))
        }
        for item in country.years {
            let current = item == year
            x += buffer.put(current ? "[\(item)]" : " \(item) ", x: x, y: head.y + 1,
                            style: current ? Style(.accent, bold: true) : Style(.text)) + 1
        }
        if !profile.hasAssessment {
            buffer.put("(no assessment in \(year))", x: x, y: head.y + 1, style: Style(.warning), maxWidth: max(0, head.maxX - x))
        }
        x = head.x + 1
        x += buffer.put("Overall: ", x: x, y: head.y + 2, style: Style(.muted))
        let overall = cells.rating(profile.overall)
        x += buffer.put(overall.text, x: x, y: head.y + 2, style: overall.style) + 1
        x += buffer.put(framework.label(for: profile.overall.value), x: x, y: head.y + 2, style: Style(.text)) + 1
        x += buffer.put(cells.bar(profile.overall.value, width: 8).text, x: x, y: head.y + 2, style: cells.bar(profile.overall.value, width: 8).style) + 1
        let basis = cells.basis(profile.overall)
        x += buffer.put(basis.text, x: x, y: head.y + 2, style: basis.style, maxWidth: max(0, head.maxX - x)) + 1
        if let change = changeText(areaID: nil, context: context), let previous = previousYear(context) {
            x += buffer.put("· since \(previous): ", x: x, y: head.y + 2, style: Style(.muted), maxWidth: max(0, head.maxX - x))
            buffer.put(change.text, x: x, y: head.y + 2, style: change.style, maxWidth: max(0, head.maxX - x))
        }
        drawTable(profile, layout: layout, context: context, into: &buffer)
    }

    private func drawTable(_ profile: Profile, layout: ProfileLayout, context: ViewContext, into buffer: inout Buffer) {
        let glyphs = context.glyphs, framework = context.framework, cells = context.cells
        let panel = Panel(title: "Areas, \(context.year)", focused: true, glyphs: glyphs)
        panel.render(into: &buffer, area: layout.panel)
        let inner = layout.table
        guard !panel.inner(layout.panel).isEmpty else { return }
        // The selected indicator's description and note get the panel's last two lines, so
        // notes are readable at any width, not only where the note column fits.
        if let detail = layout.detail, case .indicator(let areaIndex, let index)? = selectedRow(framework) {
            let entry = profile.areas[areaIndex].indicators[index]
            buffer.put(TextWidth.truncate("\(entry.indicator.id) \(entry.indicator.description)", to: detail.width, ellipsis: glyphs.ellipsis),
                       x: detail.x, y: detail.y, style: Style(.muted), maxWidth: detail.width)
            let note = entry.note.map { "Note: \($0)" } ?? "No note; n adds one."
            buffer.put(TextWidth.truncate(note, to: detail.width, ellipsis: glyphs.ellipsis), x: detail.x, y: detail.y + 1,
                       style: Style(entry.note == nil ? .unscored : .text), maxWidth: detail.width)
        }
        let wide = inner.width >= 110
        let medium = inner.width >= 64
        let labelled = inner.width >= 96
        var columns = [TableColumn(title: "Area", width: .fill(3)),
                       TableColumn(title: "R", width: .fixed(2), alignment: .right)]
        if labelled { columns.append(TableColumn(title: "Label", width: .fixed(17))) }
        columns.append(TableColumn(title: "Bar", width: .fixed(medium ? 8 : 5)))
        columns.append(TableColumn(title: "Basis", width: .fixed(medium ? 11 : 9)))
        if medium { columns.append(TableColumn(title: "Scored", width: .fixed(6), alignment: .right)) }
        columns.append(TableColumn(title: previousYear(context).map { "Since \($0)" } ?? "Change", width: .fixed(medium ? 10 : 8)))
        if wide { columns.append(TableColumn(title: "Source / note", width: .fill(1))) }
        let open = glyphs.isUnicode ? "▾" : "-"
        let closed = glyphs.isUnicode ? "▸" : "+"
        let rows: [[TableCell]] = self.rows(framework).map { row in
            switch row {
            case .area(let index):
                let entry = profile.areas[index]
                let r = entry.rating
                var line = [TableCell("\(expanded.contains(entry.area.id) ? open : closed) \(entry.area.id) \(entry.area.title)", style: Style(.text, bold: true)),
                            cells.rating(r)]
                if labelled { line.append(TableCell(framework.shortLabel(for: r.value), style: Style(r.value == nil ? .unscored : .text))) }
                line.append(cells.bar(r.value, width: medium ? 8 : 5))
                line.append(cells.basis(r))
                if medium { line.append(TableCell("\(r.scored)/\(r.total)", style: Style(.muted))) }
                line.append(changeText(areaID: entry.area.id, context: context) ?? TableCell("–", style: Style(.muted)))
                if wide { line.append(TableCell(r.source.map(shortSource) ?? "", style: Style(.muted))) }
                return line
            case .indicator(let areaIndex, let index):
                let entry = profile.areas[areaIndex].indicators[index]
                let score = entry.score
                var line = [TableCell("    \(entry.indicator.id) \(entry.indicator.name)"),
                            score.map { TableCell("\($0)", style: Style(.rating($0), bold: true)) } ?? TableCell("-", style: Style(.unscored))]
                if labelled {
                    // The answer's own short label (yes, legal-only; Meets on a 1–4 scale).
                    let label = score.map { framework.answerText($0, of: entry.indicator.id) } ?? "Unscored"
                    line.append(TableCell(label, style: Style(score == nil ? .unscored : .text)))
                }
                line.append(cells.bar(score, width: medium ? 8 : 5))
                line.append(TableCell(score == nil ? "unscored" : "scored", style: Style(score == nil ? .unscored : .muted)))
                if medium { line.append(TableCell("")) }
                line.append(TableCell(""))
                if wide { line.append(TableCell(entry.note ?? "", style: Style(.text))) }
                return line
            }
        }
        Table(columns: columns, rows: rows, state: list, glyphs: glyphs).render(into: &buffer, area: inner)
    }

    /// The country's latest year with data before the year shown.
    func previousYear(_ context: ViewContext) -> Int? {
        context.document.store.countries[code]?.years.last { $0 < context.year }
    }

    /// "2 → 3 ▲" against the country's previous year with data, or nil when there is none.
    func changeText(areaID: String?, context: ViewContext) -> TableCell? {
        guard let country = context.document.store.countries[code], let previous = previousYear(context) else { return nil }
        let glyphs = context.glyphs, profiles = context.document.aggregates.profiles
        let before = Profile(country: country, year: previous, framework: context.framework, sources: context.document.store.sources)
        let old = areaID.flatMap { before.area($0)?.rating.value } ?? (areaID == nil ? before.overall.value : nil)
        let now = areaID.flatMap { profiles[code]?.area($0)?.rating.value } ?? (areaID == nil ? profiles[code]?.overall.value : nil)
        guard old != nil || now != nil else { return nil }
        let left = old.map(String.init) ?? "–", right = now.map(String.init) ?? "–"
        let arrow = glyphs.isUnicode ? "→" : "->"
        guard let old, let now else { return TableCell("\(left) \(arrow) \(right)", style: Style(.muted)) }
        if now > old { return TableCell("\(left) \(arrow) \(right) \(glyphs.arrowUp)", style: Style(.positive, bold: true)) }
        if now < old { return TableCell("\(left) \(arrow) \(right) \(glyphs.arrowDown)", style: Style(.negative, bold: true)) }
        return TableCell("\(left) \(arrow) \(right) =", style: Style(.muted))
    }

    /// The file part of an `owner/repo:path` source, which is what tells sources apart.
    private func shortSource(_ source: String) -> String {
        guard let colon = source.firstIndex(of: ":") else { return source }
        let repo = source[..<colon].split(separator: "/").first.map(String.init) ?? ""
        return repo + ":" + (source[source.index(after: colon)...].split(separator: "/").last.map(String.init) ?? "")
    }
}
