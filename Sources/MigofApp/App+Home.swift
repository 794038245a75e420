import MigofCore
import MigofWidgets

extension App {
    func drawHome(into buffer: inout Buffer, area: Rect) {
        if homeUsesTiles {
            let rows = area.split(.vertical, [.fill(1), .fill(1)])
            for (rowIndex, row) in rows.enumerated() {
                let cells = row.split(.horizontal, [.fill(1), .fill(1), .fill(1)])
                for (column, cell) in cells.enumerated() {
                    let index = rowIndex * 3 + column
                    guard framework.areas.indices.contains(index) else { continue }
                    drawTile(index, into: &buffer, area: cell)
                }
            }
        } else {
            let columns = area.split(.horizontal, [.percentage(38), .fill(1)])
            let panel = Panel(title: "Areas \(year)", focused: false, glyphs: glyphs)
            panel.render(into: &buffer, area: columns[0])
            let inner = panel.inner(columns[0])
            let list = ListView(count: framework.areas.count, state: ListState(selected: homeSelection)) { index, buffer, row in
                let area = self.framework.areas[index]
                let stats = self.statistics[area.id]
                let average = stats.flatMap { $0.rated > 0 ? Self.mean($0) : nil }
                let tail = average.map { Self.decimal($0) } ?? "–"
                let tailWidth = TextWidth.width(of: tail)
                let room = max(0, row.width - tailWidth - 1)
                buffer.put(TextWidth.truncate("\(area.id) \(area.title)", to: room, ellipsis: self.glyphs.ellipsis),
                           x: row.x, y: row.y, style: Style(.text), maxWidth: room)
                let role = average.map { Role.rating(Int(($0 + 0.5).rounded(.down))) } ?? .unscored
                buffer.put(tail, x: row.maxX - tailWidth, y: row.y, style: Style(role, bold: true))
            }
            list.render(into: &buffer, area: inner)
            drawTile(homeSelection, into: &buffer, area: columns[1])
        }
    }

    /// One area's tile: title and statement, the band chart and the averages by region.
    func drawTile(_ index: Int, into buffer: inout Buffer, area: Rect) {
        let item = framework.areas[index]
        let panel = Panel(title: "\(item.id) \(item.title)", focused: index == homeSelection, glyphs: glyphs)
        panel.render(into: &buffer, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty, let stats = statistics[item.id] else { return }
        let bandLines = framework.scale.count
        let spare = inner.height - bandLines - 1
        var y = inner.y
        let statementLines = spare >= 5 ? 2 : (spare >= 2 ? 1 : 0)
        for line in Self.wrap(item.statement, width: inner.width, lines: statementLines, ellipsis: glyphs.ellipsis) {
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
        buffer.put("By region · \(stats.rated) of \(assessed) rated", x: inner.x, y: y, style: Style(.title, bold: true), maxWidth: inner.width)
        y += 1
        guard y < inner.maxY else { return }
        if stats.regions.isEmpty {
            buffer.put("no country rated in \(year)", x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
        } else if inner.maxY - y >= stats.regions.count {
            for region in stats.regions {
                let value = Self.decimal(region.average)
                let label = TextWidth.truncate("\(region.name) (\(region.count))", to: max(0, inner.width - 5), ellipsis: glyphs.ellipsis)
                buffer.put(label, x: inner.x, y: y, style: Style(.text), maxWidth: inner.width)
                let role = Role.rating(Int((region.average + 0.5).rounded(.down)))
                buffer.put(value, x: inner.maxX - TextWidth.width(of: value), y: y, style: Style(role, bold: true))
                y += 1
            }
        } else {
            // Not enough rows for one region per line: pack them, two-letter names first.
            var x = inner.x
            for region in stats.regions {
                let item = "\(region.name.prefix(2)) \(Self.decimal(region.average))"
                let width = TextWidth.width(of: item)
                if x + width > inner.maxX {
                    y += 1
                    x = inner.x
                    guard y < inner.maxY else { break }
                }
                let role = Role.rating(Int((region.average + 0.5).rounded(.down)))
                x += buffer.put(item, x: x, y: y, style: Style(role), maxWidth: inner.maxX - x) + 1
            }
        }
    }

    static func mean(_ stats: AreaStatistics) -> Double {
        let total = stats.bands.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return Double(total) / Double(max(stats.rated, 1))
    }

    /// One decimal: 2.8.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Word-wraps `text` into at most `lines` lines of `width` cells, ending with an ellipsis when cut.
    static func wrap(_ text: String, width: Int, lines: Int, ellipsis: String) -> [String] {
        guard width > 0, lines > 0 else { return [] }
        var result: [String] = []
        var current = ""
        let words = text.split(separator: " ").map(String.init)
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if TextWidth.width(of: candidate) <= width {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                current = TextWidth.truncate(word, to: width, ellipsis: ellipsis)
                index += 1
            }
            result.append(current)
            current = ""
            if result.count == lines { break }
        }
        if result.count < lines, !current.isEmpty { result.append(current) }
        if index < words.count, var last = result.popLast() {
            last = TextWidth.truncate(last + " " + words[index...].joined(separator: " "), to: width, ellipsis: ellipsis)
            result.append(last)
        }
        return result
    }
}
