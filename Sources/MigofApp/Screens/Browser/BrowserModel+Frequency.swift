import MigofCore
import MigofWidgets

/// VisiData's `F`: how the countries listed spread over the bands of one column, with each
/// band's count, share and bar. The column is the one the list is ordered by (the overall
/// rating when it is ordered by name, change or coverage); Enter filters to the selected band.
extension BrowserModel {
    /// One line of the frequency view.
    struct FrequencyRow: Equatable {
        var label: String
        var count: Int
        var role: Role
        /// The clause Enter puts in force for this band.
        var clause: RatingFilter.Clause
    }

    /// The area the frequency view counts (nil: overall).
    var frequencyArea: String? { sort.column.ratingArea ?? nil }

    /// The bands of the column over the rows listed, highest first, then partial and unrated
    /// (assessed, but with no rating in the column), then the countries with no data.
    func frequencyRows(_ document: Document) -> [FrequencyRow] {
        let area = frequencyArea
        var bands: [Int: Int] = [:], partial = 0, unrated = 0, noData = 0
        for entry in rows {
            guard let profile = document.profile(sorted[Int(entry)]), profile.hasAssessment else {
                noData += 1
                continue
            }
            let rating = area.map { profile.area($0)?.rating } ?? profile.overall
            if let value = rating?.value { bands[value, default: 0] += 1 } else if rating?.basis == .partial { partial += 1 } else { unrated += 1 }
        }
        var lines = document.framework.scale.sorted { $0.value > $1.value }.map { level in
            FrequencyRow(label: "\(level.value) \(level.label)", count: bands[level.value] ?? 0, role: .rating(level.value),
                         clause: .rating(area: area, .equal, level.value))
        }
        lines.append(FrequencyRow(label: "partial", count: partial, role: .warning, clause: .basis(area: area, .partial, negated: false)))
        lines.append(FrequencyRow(label: "not rated", count: unrated, role: .unscored, clause: .basis(area: area, .unrated, negated: false)))
        lines.append(FrequencyRow(label: "no data (Enter hides them)", count: noData, role: .unscored, clause: .hasData))
        return lines
    }

    /// Keys while the frequency view shows; `handled` false hands the key to the list (a sort
    /// or a filter key still works, and the view follows).
    mutating func frequencyUpdate(_ action: Action, document: Document, layout: BrowserLayout) -> (handled: Bool, effect: Effect?) {
        let lines = frequencyRows(document)
        switch action {
        case .back, .frequency:
            frequency = nil
            return (true, nil)
        case .open:
            guard let selected = frequency?.selected, lines.indices.contains(selected) else { return (true, nil) }
            frequency = nil
            let line = lines[selected]
            // "no data" filters the other way: it keeps the countries that have data, the
            // filter users ask for ("hide countries with no assessment that year").
            let clauses = (filter?.clauses ?? []) + [line.clause]
            return (true, setFilter(RatingFilter(clauses: clauses), document: document))
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            frequency?.perform(action, count: lines.count, visible: layout.visibleRows)
            return (true, nil)
        default:
            return (false, nil)
        }
    }

    func drawFrequency(_ state: ListState, into buffer: inout Buffer, layout: BrowserLayout, context: ViewContext) {
        let column = frequencyArea ?? "overall"
        let title = "Frequency of \(column), \(context.year): \(rows.count) countries · Enter filters · Esc closes"
        Panel(title: title, focused: true, glyphs: context.glyphs).render(into: &buffer, area: layout.panel)
        let lines = frequencyRows(context.document)
        let total = max(1, rows.count), top = max(1, lines.map(\.count).max() ?? 1)
        let barWidth = max(0, layout.table.width - 42)
        let cells: [[TableCell]] = lines.map { line in
            let share = (line.count * 100 + total / 2) / total
            let bar = RatingBar(value: Double(line.count), maxValue: Double(top), width: barWidth, glyphs: context.glyphs)
            return [TableCell(line.label, style: Style(line.role, bold: line.role != .unscored)),
                    TableCell("\(line.count)"), TableCell("\(share)%", style: Style(.muted)),
                    TableCell(bar.text, style: Style(line.role))]
        }
        let columns = [TableColumn(title: "Band", width: .fixed(27)), TableColumn(title: "Count", width: .fixed(5), alignment: .right),
                       TableColumn(title: "Share", width: .fixed(5), alignment: .right), TableColumn(title: "", width: .fill(1))]
        Table(columns: columns, rows: cells, state: state, glyphs: context.glyphs).render(into: &buffer, area: layout.table)
    }
}
