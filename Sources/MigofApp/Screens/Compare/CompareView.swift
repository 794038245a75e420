import MigofCore
import MigofWidgets

extension CompareView {
    func draw(into buffer: inout Buffer, area rect: Rect) {
        guard let comparison = comparison(state) else {
            buffer.put("A country of this comparison is no longer in the store. Esc goes back.", x: rect.x + 1, y: rect.y,
                       style: Style(.warning), maxWidth: max(0, rect.width - 2))
            return
        }
        let layout = CompareLayout(rect, summaryWidth: TextWidth.width(of: comparison.summary))
        drawSideHeading(comparison.a, side: .a, state: state, into: &buffer, area: layout.headingA, alignRight: false)
        drawSideHeading(comparison.b, side: .b, state: state, into: &buffer, area: layout.headingB, alignRight: !layout.stacked)
        let summary = TextWrap.wrap(comparison.summary, width: layout.summary.width, lines: layout.summary.height, ellipsis: glyphs.ellipsis)
        for (line, text) in summary.enumerated() {
            buffer.put(text, x: layout.summary.x, y: layout.summary.y + line, style: Style(.text, bold: true), maxWidth: layout.summary.width)
        }
        if let panel = layout.panel {
            Panel(title: compareTitle(state, comparison), focused: true, glyphs: glyphs).render(into: &buffer, area: panel)
        }
        let rows = compareRows(state, comparison)
        if let detail = layout.detail { drawCompareDetail(state, comparison, rows: rows, into: &buffer, area: detail) }
        if layout.stacked {
            drawCompareStacked(state, comparison, rows: rows, layout: layout, into: &buffer)
        } else {
            drawCompareSideBySide(state, comparison, rows: rows, layout: layout, into: &buffer)
        }
    }

    /// The rows shown and the selection among them, for a layout's table.
    func compareWindow(_ state: CompareState, count: Int, layout: CompareLayout) -> (rows: Range<Int>, state: ListState) {
        Cells.window(state.list, count: count, visible: layout.visibleRows)
    }

    private func drawCompareSideBySide(_ state: CompareState, _ comparison: Comparison, rows: [CompareRow], layout: CompareLayout,
                                       into buffer: inout Buffer) {
        let table = layout.table
        guard table.height >= 1, table.width >= 1 else { return }
        let basis = Self.basisWidth(comparison, cells: cells)
        drawCompareHeader(comparison, state: state, columns: CompareColumns(Rect(x: table.x, y: table.y, width: table.width, height: 1),
                                                                           basisWidth: basis), into: &buffer)
        let shown = compareWindow(state, count: rows.count, layout: layout)
        for (line, index) in shown.rows.enumerated() {
            let rowRect = Rect(x: table.x, y: table.y + 1 + line, width: table.width, height: 1)
            drawCompareRow(rows[index], comparison, state: state, columns: CompareColumns(rowRect, basisWidth: basis), into: &buffer)
            if line == shown.state.selected { buffer.setStyle(rowRect, Style(.selection)) }
        }
    }

    /// "Δ", or "delta" where the terminal has no Unicode.
    var deltaSymbol: String { glyphs.isUnicode ? "Δ" : "delta" }

    /// As wide as the longest basis of the comparison ("reported", "partial 3/7"), so short
    /// ones leave the room to the area names.
    static func basisWidth(_ comparison: Comparison, cells: Cells) -> Int {
        let rows = [comparison.overallRow] + comparison.areaRows
        let ratings = rows.reduce(5) {
            max($0, TextWidth.width(of: sideBasis($1.a, cells: cells).text), TextWidth.width(of: sideBasis($1.b, cells: cells).text))
        }
        // Answers by label ("legal-only") show in the basis column of indicator rows.
        let answers = cells.framework.indicators.filter { !cells.framework.answersOnScale($0.id) }
            .flatMap(\.options).map { TextWidth.width(of: $0.short) }.max() ?? 0
        return max(ratings, answers)
    }

    /// "Areas · Δ = B − A", saying which way the deltas point and whether `d` filters.
    /// The legend of `!` and `*` joins it when a row shows them.
    func compareTitle(_ state: CompareState, _ comparison: Comparison) -> String {
        let ratings = ([comparison.overallRow] + comparison.areaRows).flatMap { [$0.a, $0.b] }
        var legend = ""
        if ratings.contains(where: \.disagrees) { legend += " · ! assessed band ≠ published" }
        if ratings.contains(where: { $0.basis == .partial }) { legend += " · * partial, not counted" }
        return "Areas · \(deltaSymbol) = B \(glyphs.isUnicode ? "−" : "-") A" + (state.onlyDiffering ? " · only differing indicators (d)" : "") + legend
    }

    private func drawCompareHeader(_ comparison: Comparison, state: CompareState, columns c: CompareColumns, into buffer: inout Buffer) {
        let title = Style(.title, bold: true)
        put("Area", in: c.area, style: title, into: &buffer)
        put("Basis", in: c.aBasis, style: title, right: true, into: &buffer)
        if let label = c.aLabel { put("Label", in: label, style: title, right: true, into: &buffer) }
        // The bar headings name each side, the focused one underlined so focus shows without colour.
        let aHead = "\(comparison.a.country.iso3) \(comparison.a.year)"
        let bHead = "\(comparison.b.country.iso3) \(comparison.b.year)"
        put(aHead, in: c.aBar, style: Style(state.focus == .a ? .accent : .title, bold: true, underline: state.focus == .a),
            right: true, into: &buffer)
        put(glyphs.box.vertical, in: c.axis, style: Style(.border), into: &buffer)
        put(bHead, in: c.bBar, style: Style(state.focus == .b ? .accent : .title, bold: true, underline: state.focus == .b),
            into: &buffer)
        if let label = c.bLabel { put("Label", in: label, style: title, into: &buffer) }
        put("Basis", in: c.bBasis, style: title, into: &buffer)
        put(glyphs.isUnicode ? "Δ" : "+/-", in: c.delta, style: title, right: true, into: &buffer)
    }

    private func drawCompareRow(_ row: CompareRow, _ comparison: Comparison, state: CompareState, columns c: CompareColumns,
                                into buffer: inout Buffer) {
        let figures = compareFigures(row, comparison, state: state)
        put(figures.name.text, in: c.area, style: figures.name.style, into: &buffer)
        guard let a = figures.a, let b = figures.b else { return }
        put(a.basis.text, in: c.aBasis, style: a.basis.style, right: true, into: &buffer)
        // Answers off the rating scale (yes / no) get no bar and no scale label: their basis cell names them.
        if let label = c.aLabel, a.scaled { put(compareLabel(a.value, width: label.width), in: label, style: labelStyle(a.value), right: true, into: &buffer) }
        put(a.number.text, in: c.aValue, style: a.number.style, right: true, into: &buffer)
        let left = RatingBar(value: a.value.map(Double.init), maxValue: Double(framework.scoreRange.upperBound), width: c.aBar.width, glyphs: glyphs)
        if a.scaled { put(left.mirroredText, in: c.aBar, style: Style(left.role), into: &buffer) }
        put(glyphs.box.vertical, in: c.axis, style: Style(.border), into: &buffer)
        let right = bar(b.value, width: c.bBar.width)
        if b.scaled { put(right.text, in: c.bBar, style: right.style, into: &buffer) }
        put(b.number.text, in: c.bValue, style: b.number.style, into: &buffer)
        if let label = c.bLabel, b.scaled { put(compareLabel(b.value, width: label.width), in: label, style: labelStyle(b.value), into: &buffer) }
        put(b.basis.text, in: c.bBasis, style: b.basis.style, into: &buffer)
        put(figures.delta.text, in: c.delta, style: figures.delta.style, right: true, into: &buffer)
    }

    /// Everything a row shows, shared by the side-by-side and the stacked layouts.
    func compareFigures(_ row: CompareRow, _ comparison: Comparison, state: CompareState)
        -> (name: TableCell, a: CompareSideFigures?, b: CompareSideFigures?, delta: TableCell) {
        let open = glyphs.isUnicode ? "▾" : "-", closed = glyphs.isUnicode ? "▸" : "+"
        switch row {
        case .area(let index):
            let item = comparison.areaRows[index]
            let marker = state.expanded.contains(item.id) ? open : closed
            return (TableCell("\(marker) \(item.id) \(item.title)", style: Style(.text, bold: true)),
                    ratingFigures(item.a), ratingFigures(item.b), deltaCell(item.delta))
        case .overall:
            let item = comparison.overallRow
            return (TableCell("  Overall", style: Style(.text, bold: true)), ratingFigures(item.a), ratingFigures(item.b), deltaCell(item.delta))
        case .indicator(let area, let index):
            let item = comparison.indicatorRows(area: area)[index]
            // Differing rows carry a marker as well as a colour, so they stand out in monochrome too.
            let name = item.differs
                ? TableCell("  \(glyphs.bullet) \(item.indicator.id) \(item.indicator.name)", style: Style(.accent, bold: true))
                : TableCell("    \(item.indicator.id) \(item.indicator.name)")
            let change = answerDelta(item)
            let delta = change == nil && item.differs ? TableCell(glyphs.isUnicode ? "≠" : "!=", style: Style(.warning, bold: true)) : deltaCell(change)
            return (name, scoreFigures(item.a), scoreFigures(item.b), delta)
        case .noDifference:
            return (TableCell("    no indicator differs here (d shows all)", style: Style(.muted)), nil, nil, TableCell(""))
        }
    }

    private func ratingFigures(_ rating: Rating) -> CompareSideFigures {
        CompareSideFigures(number: ratingCell(rating), value: rating.value, basis: Self.sideBasis(rating, cells: cells))
    }

    /// `▲1` in the positive role, `▼2` in the negative one, `=` muted, `–` when a side is missing:
    /// the glyph and number read the same without colour.
    func deltaCell(_ delta: Int?) -> TableCell {
        let text = ComparisonReport.deltaText(delta)
        guard let delta else { return TableCell(text, style: Style(.unscored)) }
        if delta == 0 { return TableCell(text, style: Style(.muted)) }
        let arrowed = glyphs.isUnicode ? text : (delta > 0 ? "+\(delta)" : "-\(-delta)")
        return TableCell(arrowed, style: Style(delta > 0 ? .positive : .negative, bold: true))
    }

    /// The scale label, shortened to its first word ("Partially") when the column is narrow.
    func compareLabel(_ value: Int?, width: Int) -> String {
        let label = framework.shortLabel(for: value)
        if TextWidth.width(of: label) <= width { return label }
        return label.split(separator: " ").first.map(String.init) ?? label
    }

    private func labelStyle(_ value: Int?) -> Style {
        Style(value == nil ? .unscored : .text)
    }

    /// One side's heading: a badge (reversed when focused), then name, ISO3, region and year.
    func drawSideHeading(_ profile: Profile, side: CompareState.Side, state: CompareState, into buffer: inout Buffer,
                         area: Rect, alignRight: Bool) {
        guard area.width > 0 else { return }
        let focused = state.focus == side
        let badge = side == .a ? " A " : " B "
        let badgeStyle = focused ? Style(.accent, bold: true, reverse: true) : Style(.muted, bold: true)
        let country = profile.country
        let yearText = profile.hasAssessment ? "\(profile.year)" : "\(profile.year) (no assessment)"
        var tail = " (\(country.iso3)) · \(country.region) · \(yearText)"
        let room = area.width - 4
        if TextWidth.width(of: country.name + tail) > room { tail = " (\(country.iso3)) · \(yearText)" }
        let name = TextWidth.truncate(country.name, to: max(1, room - TextWidth.width(of: tail)), ellipsis: glyphs.ellipsis)
        let text = TextWidth.truncate(name + tail, to: max(0, room), ellipsis: glyphs.ellipsis)
        let width = TextWidth.width(of: text)
        if alignRight {
            var x = area.maxX - width - 4
            x += buffer.put(text, x: max(area.x, x), y: area.y, style: Style(.title, bold: true), maxWidth: room) + 1
            buffer.put(badge, x: max(area.x, area.maxX - 3), y: area.y, style: badgeStyle)
        } else {
            buffer.put(badge, x: area.x, y: area.y, style: badgeStyle, maxWidth: area.width)
            buffer.put(text, x: area.x + 4, y: area.y, style: Style(.title, bold: true), maxWidth: room)
        }
        if !profile.hasAssessment, let range = text.range(of: "(no assessment)") {
            // The missing year is a warning, not a title: it explains a side full of dashes.
            let x = (alignRight ? area.maxX - width - 4 : area.x + 4) + TextWidth.width(of: String(text[..<range.lowerBound]))
            buffer.put("(no assessment)", x: x, y: area.y, style: Style(.warning), maxWidth: max(0, area.maxX - x))
        }
    }

    /// The line under the table: the selected row in words, with labels, bases and notes.
    func drawCompareDetail(_ state: CompareState, _ comparison: Comparison, rows: [CompareRow], into buffer: inout Buffer, area: Rect) {
        guard rows.indices.contains(state.list.selected), area.width > 0 else { return }
        let names = (a: comparison.a.country.iso3, b: comparison.b.country.iso3)
        let sides = comparison.isTrend ? ("\(comparison.a.year)", "\(comparison.b.year)") : names
        let text: String
        switch rows[state.list.selected] {
        case .area(let index):
            let row = comparison.areaRows[index]
            text = "\(row.id) · \(sides.0): \(row.a.describe(framework: framework)) · \(sides.1): \(row.b.describe(framework: framework))"
        case .overall:
            let row = comparison.overallRow
            text = "Overall · \(sides.0): \(row.a.describe(framework: framework)) · \(sides.1): \(row.b.describe(framework: framework))"
        case .indicator(let area, let index):
            let item = comparison.indicatorRows(area: area)[index]
            func side(_ entry: IndicatorEntry) -> String {
                let id = entry.indicator.id
                let score = entry.score.map {
                    framework.answersOnScale(id) ? "\($0) \(framework.shortLabel(for: $0))" : framework.answerText($0, of: id)
                } ?? "unanswered"
                return entry.note.map { "\(score), “\($0)”" } ?? score
            }
            text = "\(item.indicator.id) · \(sides.0): \(side(item.a)) · \(sides.1): \(side(item.b))"
        case .noDifference(let area):
            text = "\(framework.areas[area].id): every indicator has the same score on both sides"
        }
        buffer.put(TextWidth.truncate(text, to: area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y,
                   style: Style(.muted), maxWidth: area.width)
    }

    /// Draws `text` cut to `slot`, left or right aligned.
    func put(_ text: String, in slot: Rect, style: Style, right: Bool = false, into buffer: inout Buffer) {
        guard slot.width > 0 else { return }
        let fitted = TextWidth.truncate(text, to: slot.width, ellipsis: glyphs.ellipsis)
        let gap = right ? slot.width - TextWidth.width(of: fitted) : 0
        buffer.put(fitted, x: slot.x + gap, y: slot.y, style: style, maxWidth: slot.width - gap)
    }
}
