import MigofCore
import MigofWidgets

extension HomeModel {
    /// The average rating by region with its n: one per row (with a bar on the rating scale
    /// when wide), or packed two-letter names when the rows run short.
    func drawRegions(_ stats: AreaStatistics, into buffer: inout Buffer, area: Rect, context: ViewContext) {
        guard !area.isEmpty else { return }
        let glyphs = context.glyphs, top = Double(context.framework.scoreRange.upperBound)
        var y = area.y
        if stats.regions.isEmpty {
            buffer.put("no country rated in \(context.year)", x: area.x, y: y, style: Style(.muted), maxWidth: area.width)
        } else if area.height >= stats.regions.count {
            let labels = stats.regions.map { "\($0.name) (\($0.count)\(AreaStatistics.isThin($0.count) ? ", few" : ""))" }
            let labelWidth = min(labels.map { TextWidth.width(of: $0) }.max() ?? 0, max(0, area.width - 5))
            // A bar only where it can be long enough to read against its neighbours.
            let barWidth = area.width - labelWidth - 5 >= 12 ? area.width - labelWidth - 6 : 0
            for (region, label) in zip(stats.regions, labels) {
                let value = TextWrap.decimal(region.average)
                let thin = AreaStatistics.isThin(region.count)
                let role = thin ? Role.muted : Role.rating(Int((region.average + 0.5).rounded(.down)))
                buffer.put(TextWidth.truncate(label, to: labelWidth, ellipsis: glyphs.ellipsis), x: area.x, y: y,
                           style: Style(thin ? .muted : .text), maxWidth: area.width)
                if barWidth > 0 {
                    let bar = RatingBar(value: region.average, maxValue: top, width: barWidth, glyphs: glyphs)
                    buffer.put(bar.text, x: area.x + labelWidth + 1, y: y, style: Style(role), maxWidth: barWidth)
                }
                buffer.put(value, x: area.maxX - TextWidth.width(of: value), y: y, style: Style(role, bold: true))
                y += 1
            }
        } else {
            // Not enough rows for one region per line: pack them, two-letter names first.
            var x = area.x
            for region in stats.regions {
                let thin = AreaStatistics.isThin(region.count)
                let item = "\(region.name.prefix(2)) \(TextWrap.decimal(region.average))\(thin ? "~" : "")"
                let width = TextWidth.width(of: item)
                if x + width > area.maxX {
                    y += 1
                    x = area.x
                    guard y < area.maxY else { break }
                }
                let role = thin ? Role.muted : Role.rating(Int((region.average + 0.5).rounded(.down)))
                x += buffer.put(item, x: x, y: y, style: Style(role), maxWidth: area.maxX - x) + 1
            }
        }
    }
}
