import MigofCore
import MigofWidgets

extension MapModel {
    func view(into buffer: inout Buffer, layout: MapLayout, context: ViewContext) {
        guard let world = world(context.document) else {
            buffer.put(Self.missingGrid, x: layout.detail.x, y: layout.detail.y, style: Style(.error), maxWidth: layout.detail.width)
            return
        }
        if let tooSmall = layout.tooSmall {
            buffer.put(tooSmall, x: layout.detail.x, y: layout.detail.y, style: Style(.warning), maxWidth: layout.detail.width)
            return
        }
        for cell in world.cells {
            guard let at = layout.position(x: cell.tile.x, y: cell.tile.y) else { continue }
            let isSelected = cell.tile.iso3 == selected, isMarked = marked.contains(cell.tile.iso3)
            let text = Self.tileText(cell, width: layout.cellWidth)
            let role: Role = cell.change.map { $0.delta > 0 ? .positive : $0.delta < 0 ? .negative : .text }
                ?? cell.value.map(Role.rating) ?? (cell.inStore ? .unscored : .muted)
            // The tile's last column stays a gap when it has room, so tiles read apart.
            let width = layout.cellWidth >= 5 ? layout.cellWidth - 1 : layout.cellWidth
            let style = isSelected ? Style(.selection, bold: true) : Style(role, bold: cell.hasData, underline: isMarked)
            buffer.put(TextWidth.pad(text, to: width), x: at.x, y: at.y, style: style, maxWidth: width)
        }
        drawDetail(world, into: &buffer, layout: layout, context: context)
        drawLegend(world.legend(framework: context.framework), into: &buffer, layout: layout)
    }

    /// "CAN 3" from 6 columns, "CAN3" in 4, "CA3" in 3, the mark alone in 2 (the detail line names it).
    static func tileText(_ cell: WorldMap.Cell, width: Int) -> String {
        let mark = WorldMap.mark(cell)
        let shown = mark.isEmpty ? "·" : mark
        switch width {
        case 6...: return "\(cell.tile.iso3) \(shown)"
        case 4, 5: return cell.tile.iso3 + shown
        case 3: return String(cell.tile.iso3.prefix(2)) + shown
        default: return shown
        }
    }

    private func drawDetail(_ world: WorldMap, into buffer: inout Buffer, layout: MapLayout, context: ViewContext) {
        let area = layout.detail
        guard area.height > 0, let cell = world.cells.first(where: { $0.tile.iso3 == selected }) else { return }
        var text = "\(cell.name) (\(cell.tile.iso3)) · \(measure.label) \(context.year): "
        var role = Role.text
        if !cell.inStore {
            text += "no data in this store"
        } else if let change = cell.change, let previous = world.previousYear {
            let glyph = WorldMap.mark(cell)
            text += "\(previous) \(change.from) → \(context.year) \(change.to) \(glyph) (\(change.basis.rawValue))"
            role = change.delta > 0 ? .positive : change.delta < 0 ? .negative : .text
        } else if let value = cell.value {
            text += "\(value) \(context.framework.label(for: value))"
            if measure.kind == .published, let citation = cell.rating?.citation { text += " · source: \(citation)" }
            if measure.kind == .assessed, let rating = cell.rating { text += " · \(rating.coverage)" }
            role = .rating(value)
        } else {
            text += measure.kind == .change ? "not comparable with \(world.previousYear.map(String.init) ?? "an earlier round")" : "no rating"
            role = .muted
        }
        if jumping || !jump.isEmpty { text = "jump: \(jump)_ · " + text }
        buffer.put(TextWidth.truncate(text, to: area.width, ellipsis: context.glyphs.ellipsis), x: area.x, y: area.y,
                   style: Style(role, bold: true), maxWidth: area.width)
    }

    private func drawLegend(_ entries: [WorldMap.LegendEntry], into buffer: inout Buffer, layout: MapLayout) {
        let short = layout.shortLegend(entries)
        for (offset, line) in layout.legendLines.prefix(layout.legend.height).enumerated() {
            var x = layout.legend.x
            for entry in line {
                let role: Role = switch entry.key {
                case "▲": .positive
                case "▼": .negative
                case "·", "=": .muted
                default: Int(entry.key).map(Role.rating) ?? .text
                }
                let text = MapLayout.text(entry, short: short)
                x += buffer.put(text, x: x, y: layout.legend.y + offset, style: Style(role, bold: true),
                                maxWidth: max(0, layout.legend.maxX - x)) + 3
            }
        }
    }
}
