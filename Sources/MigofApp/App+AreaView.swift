import MigofCore
import MigofWidgets

extension App {
    func drawArea(_ id: String, into buffer: inout Buffer, area rect: Rect) {
        guard let item = framework.area(id) else { return }
        let state = areaStates[id] ?? AreaState()
        let header = rect.split(.vertical, [.fixed(2), .fill(1)])
        let kind = item.kind == .principle ? "Principle" : "Objective"
        let room = max(0, header[0].width - 2)
        let heading = "\(kind) \(item.id) · SDG 10.7.2 domain \(item.domain): \(item.domainName)"
        buffer.put(TextWidth.truncate(heading, to: room, ellipsis: glyphs.ellipsis), x: header[0].x + 1,
                   y: header[0].y, style: Style(.accent, bold: true), maxWidth: room)
        buffer.put(TextWidth.truncate(item.statement, to: room, ellipsis: glyphs.ellipsis), x: header[0].x + 1,
                   y: header[0].y + 1, style: Style(.muted), maxWidth: room)
        let body = header[1]
        if body.width >= 70 {
            let columns = body.split(.horizontal, [.percentage(42), .fill(1)])
            drawIndicators(item, state: state, into: &buffer, area: columns[0])
            drawRanking(item, state: state, into: &buffer, area: columns[1])
        } else if state.focus == .indicators {
            drawIndicators(item, state: state, into: &buffer, area: body)
        } else {
            drawRanking(item, state: state, into: &buffer, area: body)
        }
    }

    func drawIndicators(_ item: Area, state: AreaState, into buffer: inout Buffer, area: Rect) {
        // The scores shown are those of the country selected in the ranking: its scoring sheet.
        let codes = ranked[item.id] ?? []
        let code = codes.indices.contains(state.countries.selected) ? codes[state.countries.selected] : nil
        let assessment = code.flatMap { store.countries[$0]?.assessments[year] }
        let title = code.map { "Indicators · \(store.countries[$0]?.name ?? $0)" } ?? "Indicators (\(item.indicators.count))"
        let panel = Panel(title: title, focused: state.focus == .indicators, glyphs: glyphs)
        panel.render(into: &buffer, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty else { return }
        // Two lines per indicator: its name, then its description, so both stay readable.
        let perItem = inner.height >= item.indicators.count * 2 ? 2 : 1
        let visible = max(1, inner.height / perItem)
        var list = state.indicators
        list.clamp(count: item.indicators.count, visible: visible)
        for slot in 0..<visible {
            let index = list.offset + slot
            guard item.indicators.indices.contains(index) else { break }
            let indicator = item.indicators[index]
            let y = inner.y + slot * perItem
            let selected = state.focus == .indicators && index == list.selected
            let style = selected ? Style(.selection) : Style(.text, bold: true)
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: perItem), with: Style(.selection)) }
            let score = assessment.map { $0.scores[indicator.id].map(String.init) ?? "-" } ?? ""
            let scoreStyle = assessment?.scores[indicator.id].map { Style(.rating($0), bold: true) } ?? Style(.unscored)
            let room = max(0, inner.width - 3)
            buffer.put(TextWidth.truncate("\(indicator.id) \(indicator.name)", to: room, ellipsis: glyphs.ellipsis),
                       x: inner.x, y: y, style: style, maxWidth: room)
            buffer.put(score, x: inner.maxX - 1, y: y, style: selected ? Style(.selection) : scoreStyle)
            if perItem == 2 {
                let text = TextWidth.truncate(indicator.description, to: inner.width - 2, ellipsis: glyphs.ellipsis)
                buffer.put(text, x: inner.x + 2, y: y + 1, style: selected ? Style(.selection) : Style(.muted), maxWidth: inner.width - 2)
            }
        }
    }

    func drawRanking(_ item: Area, state: AreaState, into buffer: inout Buffer, area: Rect) {
        let codes = ranked[item.id] ?? []
        let title = "Countries ranked, \(year) (\(statistics[item.id]?.rated ?? 0) of \(assessedCount) rated)"
        let panel = Panel(title: title, focused: state.focus == .countries, glyphs: glyphs)
        panel.render(into: &buffer, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty else { return }
        if codes.isEmpty {
            buffer.put("No country has a rating in \(item.id) for \(year).", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            buffer.put("Press [ or ] to change the year.", x: inner.x, y: inner.y + 1, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let wide = inner.width >= 50
        var columns = [TableColumn(title: "#", width: .fixed(3), alignment: .right),
                       TableColumn(title: "Country", width: .fill(1)),
                       TableColumn(title: "R", width: .fixed(2), alignment: .right),
                       TableColumn(title: "Bar", width: .fixed(wide ? 10 : 6))]
        columns.append(TableColumn(title: "Basis", width: .fixed(wide ? 14 : 10)))
        if wide { columns.append(TableColumn(title: "Scored", width: .fixed(6), alignment: .right)) }
        let shown = window(state.countries, count: codes.count, tableArea: inner)
        let rows: [[TableCell]] = shown.rows.map { offset in
            let code = codes[offset]
            let rating = profiles[code]!.area(item.id)!.rating
            var cells = [TableCell(rating.value == nil ? "" : "\(offset + 1)", style: Style(.muted)), TableCell(profiles[code]!.country.name),
                         ratingCell(rating), bar(rating.value, width: wide ? 10 : 6), basisCell(rating)]
            if wide { cells.append(TableCell("\(rating.scored)/\(rating.total)", style: Style(.muted))) }
            return cells
        }
        Table(columns: columns, rows: rows, state: shown.state, showsSelection: state.focus == .countries, glyphs: glyphs)
            .render(into: &buffer, area: inner)
    }
}
