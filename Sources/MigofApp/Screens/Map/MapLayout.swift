import MigofCore
import MigofWidgets

/// Where the map's tiles, detail line and legend go; its view and hit-testing both use it.
struct MapLayout {
    /// Columns per tile: 6 shows "CAN 3", 4 "CAN3", 3 "CA3", 2 only the mark.
    var cellWidth = 0
    /// The grid's top-left corner on screen, and the first grid row shown (1-based).
    var origin = (x: 0, y: 0)
    var firstRow = 1
    var visibleRows = 0
    /// Screen lines per grid row: 2 when the whole grid fits so, which keeps wide tiles
    /// (6 columns) about square, since a terminal cell is twice as tall as it is wide.
    var rowHeight = 1
    var detail = Rect(x: 0, y: 0, width: 0, height: 0)
    var legend = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The legend's entries, packed into lines that fit.
    var legendLines: [[WorldMap.LegendEntry]] = []
    /// Set when the rect cannot hold the map.
    var tooSmall: String?

    /// The narrowest map: two columns per tile.
    static func minimumWidth(_ grid: WorldTileGrid) -> Int { grid.width * 2 }

    init(_ rect: Rect, grid: WorldTileGrid?, legend entries: [WorldMap.LegendEntry], selectedRow: Int) {
        guard let grid, grid.width > 0 else { return }
        let columns = rect.width / grid.width
        cellWidth = rect.width >= 120 ? min(6, columns) : min(3, columns)
        guard cellWidth >= 2, rect.height >= 5 else {
            // The message goes where the detail line would: the top line of the rect.
            detail = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(1, rect.height))
            tooSmall = "terminal too small: the map needs \(Self.minimumWidth(grid)) columns"
            return
        }
        legendLines = Self.pack(entries, width: rect.width)
        let legendHeight = min(legendLines.count, max(1, rect.height - 4))
        let room = rect.height - 1 - legendHeight
        rowHeight = cellWidth >= 6 && room >= grid.height * 2 ? 2 : 1
        visibleRows = min(grid.height, room / rowHeight)
        // Keep the selected row in view, centred when the grid scrolls.
        firstRow = min(max(1, selectedRow - visibleRows / 2), max(1, grid.height - visibleRows + 1))
        origin = (x: rect.x + (rect.width - grid.width * cellWidth) / 2, y: rect.y)
        detail = Rect(x: rect.x, y: rect.y + visibleRows * rowHeight, width: rect.width, height: 1)
        legend = Rect(x: rect.x, y: detail.maxY, width: rect.width, height: legendHeight)
    }

    /// "1 Requires further progress (6)", cut to the band number when a line holds too little.
    static func text(_ entry: WorldMap.LegendEntry, short: Bool) -> String {
        short ? "\(entry.key) (\(entry.count))" : "\(entry.key) \(entry.label) (\(entry.count))"
    }

    /// One line per entry when the labels are long, else as many per line as fit.
    static func pack(_ entries: [WorldMap.LegendEntry], width: Int) -> [[WorldMap.LegendEntry]] {
        var lines: [[WorldMap.LegendEntry]] = [[]]
        var used = 0
        let short = entries.map { TextWidth.width(of: text($0, short: false)) + 3 }.reduce(0, +) > width * 2
        for entry in entries {
            let width0 = TextWidth.width(of: text(entry, short: short)) + 3
            if used + width0 > width, !lines[lines.count - 1].isEmpty {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(entry)
            used += width0
        }
        return lines
    }

    /// Whether the legend shows labels or only the band keys.
    func shortLegend(_ entries: [WorldMap.LegendEntry]) -> Bool {
        entries.map { TextWidth.width(of: Self.text($0, short: false)) + 3 }.reduce(0, +) > legend.width * 2
    }

    /// The grid cell (1-based) under a point, if it is on the map.
    func cell(x: Int, y: Int) -> (x: Int, y: Int)? {
        guard tooSmall == nil, cellWidth > 0, x >= origin.x, y >= origin.y, y < origin.y + visibleRows * rowHeight else { return nil }
        return (x: (x - origin.x) / cellWidth + 1, y: firstRow + (y - origin.y) / rowHeight)
    }

    /// The screen position of a grid cell, or nil when it is scrolled out of view.
    func position(x: Int, y: Int) -> (x: Int, y: Int)? {
        guard y >= firstRow, y < firstRow + visibleRows else { return nil }
        return (x: origin.x + (x - 1) * cellWidth, y: origin.y + (y - firstRow) * rowHeight)
    }
}
