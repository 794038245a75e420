import MigofCore
import MigofWidgets

extension ProfileModel {
    /// Which columns fit the table's width.
    struct TableShape {
        /// The answer's label column and the citation column.
        var labelled: Bool, wide: Bool
        /// The bar column.
        var barred: Bool
        /// The region's and the world's averages in the area, with their n (from 88 columns;
        /// narrower, the area's detail line says them). Beside them the label takes the bar's
        /// place, since the R digit says the same, until 130 columns show both.
        var benchmarks: Bool

        init(width: Int) {
            benchmarks = width >= 88
            labelled = width >= 96
            barred = width >= 130 || (width >= 64 && !labelled)
            wide = width >= 118
        }
    }

    func drawTable(_ profile: Profile, layout: ProfileLayout, context: ViewContext, into buffer: inout Buffer) {
        let glyphs = context.glyphs, framework = context.framework
        let panel = Panel(title: "Areas, \(context.year)", focused: true, glyphs: glyphs)
        panel.render(into: &buffer, area: layout.panel)
        let inner = layout.table
        guard !panel.inner(layout.panel).isEmpty else { return }
        let shape = TableShape(width: inner.width)
        var columns = [TableColumn(title: "Area", width: .fill(3)),
                       TableColumn(title: "R", width: .fixed(2), alignment: .right)]
        if shape.labelled { columns.append(TableColumn(title: "Label", width: .fixed(17))) }
        if shape.barred { columns.append(TableColumn(title: "Bar", width: .fixed(8))) }
        columns += [TableColumn(title: "Basis", width: .fixed(11)),
                    TableColumn(title: "Pub", width: .fixed(3), alignment: .right),
                    TableColumn(title: "Assessed", width: .fixed(9)),
                    TableColumn(title: previousYear(context).map { "Since \($0)" } ?? "Change", width: .fixed(10))]
        if shape.benchmarks {
            columns += [TableColumn(title: "Region", width: .fixed(9)), TableColumn(title: "World", width: .fixed(9))]
        }
        if shape.wide { columns.append(TableColumn(title: "Source / note", width: .fill(1))) }
        let before = previousProfile(context)
        let rows: [[TableCell]] = self.rows(framework).map { row in
            switch row {
            case .area(let index):
                let entry = profile.areas[index]
                return areaRow(entry, before: before?.area(entry.area.id)?.rating,
                               benchmark: benchmark(profile, area: entry.area.id, document: context.document), shape: shape, context: context)
            case .indicator(let areaIndex, let index):
                return indicatorRow(profile.areas[areaIndex].indicators[index], shape: shape, context: context)
            }
        }
        Table(columns: columns, rows: rows, state: list, glyphs: glyphs).render(into: &buffer, area: inner)
    }

    /// An area: headline, published beside assessed, the change since the previous round
    /// (like with like) and the published rating's citation.
    private func areaRow(_ entry: AreaProfile, before: Rating?, benchmark: ReportBenchmark?, shape: TableShape,
                         context: ViewContext) -> [TableCell] {
        let cells = context.cells, framework = context.framework
        let r = entry.rating
        let open = context.glyphs.isUnicode ? "▾" : "-", closed = context.glyphs.isUnicode ? "▸" : "+"
        var line = [TableCell("\(expanded.contains(entry.area.id) ? open : closed) \(entry.area.id) \(entry.area.title)", style: Style(.text, bold: true)),
                    cells.rating(r)]
        if shape.labelled { line.append(TableCell(framework.shortLabel(for: r.shown), style: Style(r.shown == nil ? .unscored : .text))) }
        if shape.barred { line.append(cells.bar(r.shown, width: 8)) }
        line += [cells.basis(r), cells.published(r), cells.assessed(r), cells.change(before.flatMap { RoundChange.between($0, r) })]
        if shape.benchmarks {
            line += [Self.averageCell(benchmark?.regionAverage, count: benchmark?.regionCount ?? 0),
                     Self.averageCell(benchmark?.worldAverage, count: benchmark?.worldCount ?? 0)]
        }
        if shape.wide { line.append(TableCell(r.citation ?? "", style: Style(.muted))) }
        return line
    }

    /// An indicator: its answer by its label, coloured by what it means. Only an indicator
    /// answered on the rating scale shows its answer as a rating with a bar; any other shows
    /// what its answer counts for ("50%") in the Assessed column.
    private func indicatorRow(_ entry: IndicatorEntry, shape: TableShape, context: ViewContext) -> [TableCell] {
        let cells = context.cells, framework = context.framework
        let id = entry.indicator.id, answer = entry.score
        let onScale = framework.answersOnScale(id)
        let answered = TableCell(answer == nil ? "unanswered" : "answered", style: Style(answer == nil ? .unscored : .muted))
        var line = [TableCell("    \(id) \(entry.indicator.name)")]
        line.append(onScale ? answer.map { TableCell("\($0)", style: Style(.rating($0), bold: true)) } ?? TableCell("-", style: Style(.unscored)) : TableCell(""))
        if shape.labelled { line.append(answer == nil ? TableCell("") : cells.answer(answer, of: id)) }
        if shape.barred { line.append(onScale ? cells.bar(answer, width: 8) : TableCell("")) }
        // Without the label column, the Basis column names the answer.
        line.append(shape.labelled ? answered : cells.answer(answer, of: id))
        line.append(TableCell(""))
        let figure = onScale ? nil : answer.flatMap { framework.figureText(ofAnswer: $0, of: id) }
        line.append(TableCell(figure ?? "", style: Style(.muted)))
        line.append(TableCell(""))
        if shape.benchmarks { line += [TableCell(""), TableCell("")] }
        if shape.wide { line.append(TableCell(entry.note ?? "", style: Style(.text))) }
        return line
    }
}
