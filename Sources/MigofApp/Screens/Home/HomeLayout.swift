import MigofWidgets

/// Where the home screen's tiles or list go; its view and hit-testing both use it.
struct HomeLayout {
    /// Six tiles (3 × 2) from 96x26 (whole terminal), else a list with a detail panel.
    var usesTiles: Bool
    /// One rect per area in tile mode.
    var tiles: [Rect] = []
    /// The list panel and the detail tile in list mode.
    var list: Rect = Rect(x: 0, y: 0, width: 0, height: 0)
    var detail: Rect = Rect(x: 0, y: 0, width: 0, height: 0)

    init(_ rect: Rect, count: Int) {
        // The content area is the terminal less the title and status bars.
        usesTiles = rect.width >= 96 && rect.height + 2 >= 26
        if usesTiles {
            for row in rect.split(.vertical, [.fill(1), .fill(1)]) {
                tiles += row.split(.horizontal, [.fill(1), .fill(1), .fill(1)])
            }
        } else {
            let columns = rect.split(.horizontal, [.percentage(38), .fill(1)])
            list = columns[0]
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
