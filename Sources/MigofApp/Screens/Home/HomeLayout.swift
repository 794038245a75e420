import MigofWidgets

/// Where the home screen's tiles or list go; its view and hit-testing both use it.
struct HomeLayout {
    /// Six tiles (3 × 2) from 96x26 (whole terminal), else a list with a detail panel.
    var usesTiles: Bool
    /// One rect per area in tile mode.
    var tiles: [Rect] = []
    /// The overall picture: a band above the tiles, or below the list in list mode.
    var overall: Rect = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The list panel and the detail tile in list mode.
    var list: Rect = Rect(x: 0, y: 0, width: 0, height: 0)
    var detail: Rect = Rect(x: 0, y: 0, width: 0, height: 0)

    /// Content rows from which the overall band has a row per rating band (a chart), not two
    /// summary lines: below it the tiles need those rows more.
    static let tallOverall = 44

    /// `count` areas, `bands` rating levels (the overall chart's rows when tall).
    init(_ rect: Rect, count: Int, bands: Int = 4) {
        // The content area is the terminal less the title and status bars.
        usesTiles = rect.width >= 96 && rect.height + 2 >= 26
        if usesTiles {
            // Tall: the chart, and beside it a row per region (six or so) under a heading.
            let overallHeight = rect.height >= Self.tallOverall ? max(bands, 6) + 3 : 4
            let rows = rect.split(.vertical, [.fixed(overallHeight), .fill(1), .fill(1)])
            overall = rows[0]
            for row in rows.dropFirst() {
                tiles += row.split(.horizontal, [.fill(1), .fill(1), .fill(1)])
            }
        } else {
            let columns = rect.split(.horizontal, [.percentage(38), .fill(1)])
            // The list keeps a row per area; the overall panel takes what is left below it.
            let listHeight = min(columns[0].height, count + 2)
            let left = columns[0].split(.vertical, [.fixed(listHeight), .fill(1)])
            list = left[0]
            if left.count > 1, left[1].height >= 3 { overall = left[1] }
            detail = columns[1]
        }
    }

    /// The area index under a point, if any.
    func index(x: Int, y: Int) -> Int? {
        if usesTiles { return tiles.firstIndex { $0.contains(x: x, y: y) } }
        let inner = list.inset(by: 1)
        guard inner.contains(x: x, y: y) else { return nil }
        return y - inner.y
    }
}
