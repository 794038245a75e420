import MigofCore
import MigofWidgets

extension HomeModel {
    /// The overall picture: countries per band of the overall rating, per region with its n,
    /// and what moved since the previous round. Two summary lines when short; a chart with
    /// columns beside it when there is room.
    func drawOverall(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        guard !area.isEmpty else { return }
        let stats = context.document.aggregates.overallStatistics
        let few = AreaStatistics.isThin(stats.rated) ? " (few)" : ""
        let long = "Overall \(context.year) · n \(stats.rated) of \(stats.rated + stats.unrated)\(few)"
        // The n matters more than the year, which the title bar shows anyway.
        let title = TextWidth.width(of: long) + 4 <= area.width ? long : "Overall n \(stats.rated)\(few)"
        let panel = Panel(title: title, focused: false, glyphs: context.glyphs)
        panel.render(into: &buffer, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty else { return }
        let since = context.document.aggregates.rounds(context.document.store)
        if inner.height <= 2 {
            drawOverallLines(stats, since: since, into: &buffer, area: inner, context: context)
        } else if inner.width >= 90 {
            let columns = inner.split(.horizontal, [.percentage(45), .percentage(25), .fill(1)], spacing: 2)
            drawOverallChart(stats, into: &buffer, area: columns[0], context: context)
            drawSinceColumn(since, large: context.document.store.countries.count > Aggregates.roundsLimit, into: &buffer, area: columns[1])
            drawRegionColumn(stats, into: &buffer, area: columns[2], context: context)
        } else {
            let chartHeight = min(context.framework.scale.count, inner.height)
            drawOverallChart(stats, into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: chartHeight), context: context)
            var y = inner.y + chartHeight
            if let since, let summary = since.summary("Overall"), y < inner.maxY {
                buffer.put(HomeRounds.line(summary, from: since.from, width: inner.width), x: inner.x, y: y,
                           style: Style(AreaStatistics.isThin(summary.both) ? .muted : .text), maxWidth: inner.width)
                y += 1
            }
            drawRegionColumn(stats, into: &buffer, area: Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y)), context: context)
        }
    }

    private func drawOverallChart(_ stats: AreaStatistics, into buffer: inout Buffer, area: Rect, context: ViewContext) {
        Self.chart(stats, framework: context.framework, width: area.width, maxValue: nil, glyphs: context.glyphs)
            .render(into: &buffer, area: area)
    }

    /// "Since 2019 · n 62", then one line each for up, down and unchanged.
    private func drawSinceColumn(_ since: HomeRounds?, large: Bool, into buffer: inout Buffer, area: Rect) {
        guard let since, let summary = since.summary("Overall") else {
            // On a very large store Home does not count it (see `Aggregates.roundsLimit`).
            buffer.put(large ? "Since the last round: :rounds" : "No previous round", x: area.x, y: area.y, style: Style(.muted), maxWidth: area.width)
            return
        }
        let few = AreaStatistics.isThin(summary.both) ? " (few)" : ""
        let lines: [(String, Role)] = [
            ("Since \(since.from) · n \(summary.both)\(few)", .title),
            ("▲ \(summary.up) up", .rating(4)), ("▼ \(summary.down) down", .rating(1)), ("= \(summary.unchanged) unchanged", .text),
        ]
        for (offset, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line.0, x: area.x, y: area.y + offset, style: Style(line.1, bold: offset == 0), maxWidth: area.width)
        }
    }

    private func drawRegionColumn(_ stats: AreaStatistics, into buffer: inout Buffer, area: Rect, context: ViewContext) {
        guard !area.isEmpty else { return }
        buffer.put("By region (n)", x: area.x, y: area.y, style: Style(.title, bold: true), maxWidth: area.width)
        drawRegions(stats, into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), context: context)
    }

    /// Two lines: the bands with their counts and the change since the previous round, then
    /// the regions with their n.
    private func drawOverallLines(_ stats: AreaStatistics, since: HomeRounds?, into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let framework = context.framework
        var x = area.x
        for bar in Self.chart(stats, framework: framework, width: 0, maxValue: nil, glyphs: context.glyphs).bars {
            x += buffer.put("\(bar.label) \(bar.value)", x: x, y: area.y, style: Style(bar.role, bold: true), maxWidth: max(0, area.maxX - x)) + 2
        }
        if let since, let summary = since.summary("Overall") {
            let text = HomeRounds.line(summary, from: since.from, width: area.maxX - x)
            let start = max(x, area.maxX - TextWidth.width(of: text))
            buffer.put(text, x: start, y: area.y, style: Style(AreaStatistics.isThin(summary.both) ? .muted : .text), maxWidth: max(0, area.maxX - start))
        }
        guard area.height > 1 else { return }
        x = area.x
        for region in stats.regions {
            let thin = AreaStatistics.isThin(region.count)
            let item = "\(region.name) (\(region.count)\(thin ? ", few" : "")) \(TextWrap.decimal(region.average))"
            guard x < area.maxX else { break }
            let role = thin ? Role.muted : Role.rating(Int((region.average + 0.5).rounded(.down)))
            x += buffer.put(item, x: x, y: area.y + 1, style: Style(role), maxWidth: area.maxX - x) + 2
        }
    }
}
