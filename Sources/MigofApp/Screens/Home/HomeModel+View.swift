import MigofCore
import MigofWidgets

extension HomeModel {
    func view(into buffer: inout Buffer, layout: HomeLayout, context: ViewContext) {
        let glyphs = context.glyphs, framework = context.framework, statistics = context.document.aggregates.statistics
        let scale = Self.commonMaximum(context.document)
        drawOverall(into: &buffer, area: layout.overall, context: context)
        if layout.usesTiles {
            for (index, tile) in layout.tiles.enumerated() where framework.areas.indices.contains(index) {
                drawTile(index, into: &buffer, area: tile, context: context, maxValue: scale)
            }
        } else {
            let panel = Panel(title: "Areas \(context.year)", focused: false, glyphs: glyphs)
            panel.render(into: &buffer, area: layout.list)
            let inner = panel.inner(layout.list)
            let list = ListView(count: framework.areas.count, state: ListState(selected: selection)) { index, buffer, row in
                let area = framework.areas[index]
                let stats = statistics[area.id]
                let average = stats.flatMap { $0.rated > 0 ? TextWrap.mean($0) : nil }
                let tail = average.map { TextWrap.decimal($0) } ?? "–"
                let tailWidth = TextWidth.width(of: tail)
                let room = max(0, row.width - tailWidth - 1)
                buffer.put(TextWidth.truncate("\(area.id) \(area.title)", to: room, ellipsis: glyphs.ellipsis),
                           x: row.x, y: row.y, style: Style(.text), maxWidth: room)
                let role = average.map { Role.rating(Int(($0 + 0.5).rounded(.down))) } ?? .unscored
                buffer.put(tail, x: row.maxX - tailWidth, y: row.y, style: Style(role, bold: true))
            }
            list.render(into: &buffer, area: inner)
            drawTile(selection, into: &buffer, area: layout.detail, context: context, maxValue: scale)
        }
    }

    /// The largest band count over every area: each tile's bars are scaled to it, so a bar's
    /// length means the same number of countries in every tile.
    static func commonMaximum(_ document: Document) -> Int {
        document.framework.areas.compactMap { document.aggregates.statistics[$0.id]?.bands.max() }.max() ?? 0
    }

    /// The band chart for `width`, best first: the full labels ("1 Requires further
    /// progress") when they leave a bar of a useful length, else the short ones, else the
    /// first word, which keeps the bars long in a narrow tile.
    static func chart(_ stats: AreaStatistics, framework: Framework, width: Int, maxValue: Int?, glyphs: Glyphs) -> BarChart {
        let styles: [(RatingLevel) -> String] = [
            { $0.label }, { $0.shortLabel }, { $0.shortLabel.split(separator: " ").first.map(String.init) ?? "" },
        ]
        let counts = String(stats.bands.max() ?? 0).count
        for (offset, style) in styles.enumerated() {
            let labels = framework.scale.reversed().map { "\($0.value) \(style($0))" }
            let longest = labels.map { TextWidth.width(of: $0) }.max() ?? 0
            guard width - longest - counts - 2 >= 16 || offset == styles.count - 1 else { continue }
            let bars = zip(framework.scale.reversed(), labels).map { level, label in
                (label: label, value: stats.bands[level.value - framework.scoreRange.lowerBound], role: Role.rating(level.value))
            }
            // The last style keeps the chart's own cap of a third of the width.
            return BarChart(bars: bars, maxValue: maxValue, glyphs: glyphs, labelLimit: offset == styles.count - 1 ? nil : longest)
        }
        return BarChart(bars: [], glyphs: glyphs)
    }

    /// One area's tile: title and statement, the band chart, the change since the previous
    /// round and the averages by region, sharing the rows as `TilePlan` says: a tall tile
    /// shows the whole statement, thicker bars and blank rows between sections, so it is not
    /// a third empty. `maxValue` is the one scale of every tile's bars.
    func drawTile(_ index: Int, into buffer: inout Buffer, area: Rect, context: ViewContext, maxValue: Int) {
        let glyphs = context.glyphs, framework = context.framework
        let item = framework.areas[index]
        let panel = Panel(title: "\(item.id) \(item.title)", focused: index == selection, glyphs: glyphs)
        panel.render(into: &buffer, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty, let stats = context.document.aggregates.statistics[item.id] else { return }
        let bandLines = framework.scale.count
        let since = context.document.aggregates.rounds(context.document.store)
        // Twenty lines is more than any tile has, so this is the whole statement's length.
        let whole = TextWrap.wrap(item.statement, width: inner.width, lines: 20, ellipsis: glyphs.ellipsis)
        let plan = TilePlan(rows: inner.height - bandLines - 1, statement: whole.count,
                            regions: max(1, stats.regions.count), bands: bandLines, since: since?.summary(item.id) != nil)
        let statementLines = plan.statement, gap = plan.gap
        var y = inner.y
        for line in TextWrap.wrap(item.statement, width: inner.width, lines: statementLines, ellipsis: glyphs.ellipsis) {
            buffer.put(line, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
            y += 1
        }
        y += gap
        var chart = Self.chart(stats, framework: framework, width: inner.width, maxValue: max(maxValue, 1), glyphs: glyphs)
        chart.thickness = plan.thickness
        let chartHeight = max(0, min(bandLines * plan.thickness, inner.maxY - y))
        chart.render(into: &buffer, area: Rect(x: inner.x, y: y, width: inner.width, height: chartHeight))
        y += chartHeight
        if plan.since, let since, let summary = since.summary(item.id) {
            let text = HomeRounds.line(summary, from: since.from, width: inner.width)
            buffer.put(text, x: inner.x, y: y, style: Style(AreaStatistics.isThin(summary.both) ? .muted : .text), maxWidth: inner.width)
            y += 1
        }
        y += gap
        guard y < inner.maxY else { return }
        let assessed = stats.rated + stats.unrated
        // n beside every figure; one resting on fewer than 3 countries says so and is not coloured as a rating.
        let few = AreaStatistics.isThin(stats.rated) ? " (few)" : ""
        buffer.put("By region · \(stats.rated) of \(assessed) rated\(few)", x: inner.x, y: y, style: Style(.title, bold: true), maxWidth: inner.width)
        drawRegions(stats, into: &buffer, area: Rect(x: inner.x, y: y + 1, width: inner.width, height: max(0, inner.maxY - y - 1)), context: context)
    }
}
