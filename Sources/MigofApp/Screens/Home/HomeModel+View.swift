import MigofCore
import MigofWidgets

extension HomeModel {
    func view(into buffer: inout Buffer, layout: HomeLayout, context: ViewContext) {
        let glyphs = context.glyphs, framework = context.framework, statistics = context.document.aggregates.statistics
        if layout.usesTiles {
            for (index, tile) in layout.tiles.enumerated() where framework.areas.indices.contains(index) {
                drawTile(index, into: &buffer, area: tile, context: context)
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
            drawTile(selection, into: &buffer, area: layout.detail, context: context)
        }
    }

    /// One area's tile: title and statement, the band chart and the averages by region.
    func drawTile(_ index: Int, into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let glyphs = context.glyphs, framework = context.framework, year = context.year
        let item = framework.areas[index]
        let panel = Panel(title: "\(item.id) \(item.title)", focused: index == selection, glyphs: glyphs)
        panel.render(into: &buffer, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty, let stats = context.document.aggregates.statistics[item.id] else { return }
        let bandLines = framework.scale.count
        let spare = inner.height - bandLines - 1
        var y = inner.y
        let statementLines = spare >= 5 ? 2 : (spare >= 2 ? 1 : 0)
        for line in TextWrap.wrap(item.statement, width: inner.width, lines: statementLines, ellipsis: glyphs.ellipsis) {
            buffer.put(line, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
            y += 1
        }
        // The first word of each level ("Fully", "Partially") keeps the bars long in a narrow tile.
        let bars = framework.scale.reversed().map { level in
            (label: "\(level.value) \(level.shortLabel.split(separator: " ").first.map(String.init) ?? "")",
             value: stats.bands[level.value - framework.scoreRange.lowerBound], role: Role.rating(level.value))
        }
        let chartHeight = min(bandLines, inner.maxY - y)
        BarChart(bars: bars, glyphs: glyphs).render(into: &buffer, area: Rect(x: inner.x, y: y, width: inner.width, height: chartHeight))
        y += chartHeight
        guard y < inner.maxY else { return }
        let assessed = stats.rated + stats.unrated
        // n beside every figure; one resting on fewer than 3 countries says so and is not coloured as a rating.
        let few = AreaStatistics.isThin(stats.rated) ? " (few)" : ""
        buffer.put("By region · \(stats.rated) of \(assessed) rated\(few)", x: inner.x, y: y, style: Style(.title, bold: true), maxWidth: inner.width)
        y += 1
        guard y < inner.maxY else { return }
        if stats.regions.isEmpty {
            buffer.put("no country rated in \(year)", x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
        } else if inner.maxY - y >= stats.regions.count {
            for region in stats.regions {
                let value = TextWrap.decimal(region.average)
                let thin = AreaStatistics.isThin(region.count)
                let label = TextWidth.truncate("\(region.name) (\(region.count)\(thin ? ", few" : ""))", to: max(0, inner.width - 5),
                                               ellipsis: glyphs.ellipsis)
                buffer.put(label, x: inner.x, y: y, style: Style(thin ? .muted : .text), maxWidth: inner.width)
                let role = thin ? Role.muted : Role.rating(Int((region.average + 0.5).rounded(.down)))
                buffer.put(value, x: inner.maxX - TextWidth.width(of: value), y: y, style: Style(role, bold: true))
                y += 1
            }
        } else {
            // Not enough rows for one region per line: pack them, two-letter names first.
            var x = inner.x
            for region in stats.regions {
                let thin = AreaStatistics.isThin(region.count)
                let item = "\(region.name.prefix(2)) \(TextWrap.decimal(region.average))\(thin ? "~" : "")"
                let width = TextWidth.width(of: item)
                if x + width > inner.maxX {
                    y += 1
                    x = inner.x
                    guard y < inner.maxY else { break }
                }
                let role = thin ? Role.muted : Role.rating(Int((region.average + 0.5).rounded(.down)))
                x += buffer.put(item, x: x, y: y, style: Style(role), maxWidth: inner.maxX - x) + 1
            }
        }
    }
}
