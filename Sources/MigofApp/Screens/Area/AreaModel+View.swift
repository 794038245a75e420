import MigofCore
import MigofWidgets

extension AreaModel {
    func view(into buffer: inout Buffer, layout: AreaLayout, context: ViewContext) {
        let glyphs = context.glyphs
        guard let item = context.framework.area(id) else { return }
        let header = [layout.header]
        let kind = item.kind == .principle ? "Principle" : "Objective"
        let room = max(0, header[0].width - 2)
        let heading = "\(kind) \(item.id) · SDG 10.7.2 domain \(item.domain): \(item.domainName)"
        buffer.put(TextWidth.truncate(heading, to: room, ellipsis: glyphs.ellipsis), x: header[0].x + 1,
                   y: header[0].y, style: Style(.accent, bold: true), maxWidth: room)
        buffer.put(TextWidth.truncate(item.statement, to: room, ellipsis: glyphs.ellipsis), x: header[0].x + 1,
                   y: header[0].y + 1, style: Style(.muted), maxWidth: room)
        if let panel = layout.indicatorPanel { drawIndicators(item, layout: layout, context: context, into: &buffer, area: panel) }
        if let panel = layout.rankingPanel { drawRanking(item, layout: layout, context: context, into: &buffer, area: panel) }
    }

    private func drawIndicators(_ item: Area, layout: AreaLayout, context: ViewContext, into buffer: inout Buffer, area: Rect) {
        let glyphs = context.glyphs, store = context.document.store
        // The scores shown are those of the country selected in the ranking: its scoring sheet.
        let code = selectedCode(context.document)
        let assessment = code.flatMap { store.countries[$0]?.assessments[context.year] }
        let title = code.map { "Indicators · \(store.countries[$0]?.name ?? $0)" } ?? "Indicators (\(item.indicators.count))"
        let panel = Panel(title: title, focused: focus == .indicators, glyphs: glyphs)
        panel.render(into: &buffer, area: area)
        let inner = layout.indicatorList
        guard !inner.isEmpty else { return }
        // Two lines per indicator: its name, then its description, so both stay readable.
        let perItem = layout.perIndicator
        let visible = layout.visibleIndicators
        var list = indicators
        list.clamp(count: item.indicators.count, visible: visible)
        for slot in 0..<visible {
            let index = list.offset + slot
            guard item.indicators.indices.contains(index) else { break }
            let indicator = item.indicators[index]
            let y = inner.y + slot * perItem
            let selected = focus == .indicators && index == list.selected
            let style = selected ? Style(.selection) : Style(.text, bold: true)
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: perItem), with: Style(.selection)) }
            // The answer by its label, coloured by what it means; a score on the 1–4 scale by its digit.
            let answer = answerCell(assessment?.scores[indicator.id], answered: assessment != nil, of: indicator.id, context: context)
            let answerWidth = TextWidth.width(of: answer.text)
            let room = max(0, inner.width - answerWidth - 2)
            buffer.put(TextWidth.truncate("\(indicator.id) \(indicator.name)", to: room, ellipsis: glyphs.ellipsis),
                       x: inner.x, y: y, style: style, maxWidth: room)
            buffer.put(answer.text, x: inner.maxX - answerWidth, y: y, style: selected ? Style(.selection) : answer.style)
            if perItem == 2 {
                let text = TextWidth.truncate(indicator.description, to: inner.width - 2, ellipsis: glyphs.ellipsis)
                buffer.put(text, x: inner.x + 2, y: y + 1, style: selected ? Style(.selection) : Style(.muted), maxWidth: inner.width - 2)
            }
            // Unfocused, the selection stays visible, dimmed, so the place is not lost.
            if focus != .indicators, index == list.selected {
                buffer.setStyle(Rect(x: inner.x, y: y, width: inner.width, height: perItem), Style(.muted, reverse: true))
            }
        }
    }

    private func drawRanking(_ item: Area, layout: AreaLayout, context: ViewContext, into buffer: inout Buffer, area: Rect) {
        let glyphs = context.glyphs, year = context.year, aggregates = context.document.aggregates, cells = context.cells
        let codes = aggregates.ranked[item.id] ?? []
        let title = "Countries ranked, \(year) (\(aggregates.statistics[item.id]?.rated ?? 0) of \(aggregates.assessedCount) rated)"
        let panel = Panel(title: title, focused: focus == .countries, glyphs: glyphs)
        panel.render(into: &buffer, area: area)
        let inner = layout.rankingTable
        guard !inner.isEmpty else { return }
        if codes.isEmpty {
            buffer.put("No country has a rating in \(item.id) for \(year).", x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            buffer.put("Press [ or ] to change the year.", x: inner.x, y: inner.y + 1, style: Style(.muted), maxWidth: inner.width)
            return
        }
        // The published rating always beside the assessed one; basis and bar where they fit.
        let based = inner.width >= 50, barred = inner.width >= 64
        var columns = [TableColumn(title: "#", width: .fixed(4), alignment: .right),
                       TableColumn(title: "Country", width: .fill(1)),
                       TableColumn(title: "R", width: .fixed(2), alignment: .right)]
        if barred { columns.append(TableColumn(title: "Bar", width: .fixed(8))) }
        if based { columns.append(TableColumn(title: "Basis", width: .fixed(11))) }
        columns += [TableColumn(title: "Pub", width: .fixed(3), alignment: .right), TableColumn(title: "Assessed", width: .fixed(9))]
        let shown = Cells.window(countries, count: codes.count, visible: layout.visibleCountries)
        let rows: [[TableCell]] = shown.rows.map { offset in
            let code = codes[offset]
            let profile = context.document.profile(code)!
            let rating = profile.area(item.id)!.rating
            // Ties share a rank ("2="), so ten countries on one rating are not numbered 2 to 11.
            let rank = RankLabel.label(at: offset, in: { context.document.profile(codes[$0])?.area(item.id)?.rating.value }, count: codes.count)
            var row = [TableCell(rank, style: Style(.muted)), TableCell(profile.country.name),
                       cells.rating(rating)]
            if barred { row.append(cells.bar(rating.value, width: 8)) }
            if based { row.append(cells.basis(rating)) }
            row += [cells.published(rating), cells.assessed(rating)]
            return row
        }
        Table(columns: columns, rows: rows, state: shown.state, focused: focus == .countries, glyphs: glyphs)
            .render(into: &buffer, area: inner)
    }

    /// An indicator's answer for the indicator list: its digit on the rating scale, else its
    /// short label, coloured by meaning; "-" unanswered, nothing when no country is selected.
    private func answerCell(_ answer: Int?, answered: Bool, of id: String, context: ViewContext) -> TableCell {
        guard answered else { return TableCell("") }
        guard context.framework.answersOnScale(id) else {
            return answer == nil ? TableCell("-", style: Style(.unscored)) : context.cells.answer(answer, of: id)
        }
        return answer.map { TableCell(String($0), style: Style(.rating($0), bold: true)) } ?? TableCell("-", style: Style(.unscored))
    }
}
