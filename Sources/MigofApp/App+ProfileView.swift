import MigofCore
import MigofWidgets

extension App {
    func drawProfile(_ code: String, into buffer: inout Buffer, area rect: Rect) {
        guard let profile = profiles[code] else { return }
        let country = profile.country
        let parts = rect.split(.vertical, [.fixed(3), .fill(1)])
        let head = parts[0]
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
        let overall = ratingCell(profile.overall)
        x += buffer.put(overall.text, x: x, y: head.y + 2, style: overall.style) + 1
        x += buffer.put(framework.label(for: profile.overall.value), x: x, y: head.y + 2, style: Style(.text)) + 1
        x += buffer.put(bar(profile.overall.value, width: 8).text, x: x, y: head.y + 2, style: bar(profile.overall.value, width: 8).style) + 1
        let basis = basisCell(profile.overall)
        x += buffer.put(basis.text, x: x, y: head.y + 2, style: basis.style, maxWidth: max(0, head.maxX - x)) + 1
        if let change = changeText(code, areaID: nil), let previous = previousYear(code) {
            x += buffer.put("· since \(previous): ", x: x, y: head.y + 2, style: Style(.muted), maxWidth: max(0, head.maxX - x))
            buffer.put(change.text, x: x, y: head.y + 2, style: change.style, maxWidth: max(0, head.maxX - x))
        }
        drawProfileTable(code, profile: profile, into: &buffer, area: parts[1])
    }

    private func drawProfileTable(_ code: String, profile: Profile, into buffer: inout Buffer, area: Rect) {
        let state = profileStates[code] ?? ProfileState()
        let panel = Panel(title: "Areas, \(year)", focused: true, glyphs: glyphs)
        panel.render(into: &buffer, area: area)
        var inner = panel.inner(area)
        guard !inner.isEmpty else { return }
        // The selected indicator's description and note get the panel's last two lines, so
        // notes are readable at any width, not only where the note column fits.
        let rowsNow = profileRows(code, expanded: state.expanded)
        if inner.height >= 8, rowsNow.indices.contains(state.list.selected),
           case .indicator(let areaIndex, let index) = rowsNow[state.list.selected] {
            let entry = profile.areas[areaIndex].indicators[index]
            let detail = Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2)
            buffer.put(TextWidth.truncate("\(entry.indicator.id) \(entry.indicator.description)", to: detail.width, ellipsis: glyphs.ellipsis),
                       x: detail.x, y: detail.y, style: Style(.muted), maxWidth: detail.width)
            let note = entry.note.map { "Note: \($0)" } ?? "No note; n adds one."
            buffer.put(TextWidth.truncate(note, to: detail.width, ellipsis: glyphs.ellipsis), x: detail.x, y: detail.y + 1,
                       style: Style(entry.note == nil ? .unscored : .text), maxWidth: detail.width)
            inner = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 3)
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
        columns.append(TableColumn(title: previousYear(code).map { "Since \($0)" } ?? "Change", width: .fixed(medium ? 10 : 8)))
        if wide { columns.append(TableColumn(title: "Source / note", width: .fill(1))) }
        let open = glyphs.isUnicode ? "▾" : "-"
        let closed = glyphs.isUnicode ? "▸" : "+"
        let rows: [[TableCell]] = profileRows(code, expanded: state.expanded).map { row in
            switch row {
            case .area(let index):
                let entry = profile.areas[index]
                let r = entry.rating
                var cells = [TableCell("\(state.expanded.contains(entry.area.id) ? open : closed) \(entry.area.id) \(entry.area.title)", style: Style(.text, bold: true)),
                             ratingCell(r)]
                if labelled { cells.append(TableCell(framework.shortLabel(for: r.value), style: Style(r.value == nil ? .unscored : .text))) }
                cells.append(bar(r.value, width: medium ? 8 : 5))
                cells.append(basisCell(r))
                if medium { cells.append(TableCell("\(r.scored)/\(r.total)", style: Style(.muted))) }
                cells.append(changeText(code, areaID: entry.area.id) ?? TableCell("–", style: Style(.muted)))
                if wide { cells.append(TableCell(r.source.map(shortSource) ?? "", style: Style(.muted))) }
                return cells
            case .indicator(let areaIndex, let index):
                let entry = profile.areas[areaIndex].indicators[index]
                let score = entry.score
                var cells = [TableCell("    \(entry.indicator.id) \(entry.indicator.name)"),
                             score.map { TableCell("\($0)", style: Style(.rating($0), bold: true)) } ?? TableCell("-", style: Style(.unscored))]
                if labelled {
                    // The answer's own short label (yes, legal-only; Meets on a 1–4 scale).
                    let label = score.map { framework.answerText($0, of: entry.indicator.id) } ?? framework.shortLabel(for: nil)
                    cells.append(TableCell(label, style: Style(score == nil ? .unscored : .text)))
                }
                cells.append(bar(score, width: medium ? 8 : 5))
                cells.append(TableCell(score == nil ? "unscored" : "scored", style: Style(score == nil ? .unscored : .muted)))
                if medium { cells.append(TableCell("")) }
                cells.append(TableCell(""))
                if wide { cells.append(TableCell(entry.note ?? "", style: Style(.text))) }
                return cells
            }
        }
        Table(columns: columns, rows: rows, state: state.list, glyphs: glyphs).render(into: &buffer, area: inner)
    }

    /// The country's latest year with data before the year shown.
    func previousYear(_ code: String) -> Int? {
        store.countries[code]?.years.last { $0 < year }
    }

    /// "2 → 3 ▲" against the country's previous year with data, or nil when there is none.
    func changeText(_ code: String, areaID: String?) -> TableCell? {
        guard let country = store.countries[code], let previous = previousYear(code) else { return nil }
        let before = Profile(country: country, year: previous, framework: framework, sources: store.sources)
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
