import MigofWidgets

/// Where the area panel's parts go. Its view and its hit-testing both use it.
struct AreaLayout {
    /// Heading and statement.
    var header: Rect
    /// The indicator panel and the ranking panel; one is nil below 70 columns, where only
    /// the focused one shows.
    var indicatorPanel: Rect?
    var rankingPanel: Rect?
    /// Inside the ranking panel: the table, its header line, then the rows.
    var rankingTable: Rect
    /// Lines per indicator: 2 (name, then description) when all fit, else 1.
    var perIndicator: Int
    var visibleIndicators: Int
    var indicatorList: Rect
    /// Ranking rows that fit under the table's header.
    var visibleCountries: Int { max(1, rankingTable.height - 1) }

    init(_ rect: Rect, model: AreaModel, indicatorCount: Int) {
        let parts = rect.split(.vertical, [.fixed(2), .fill(1)])
        header = parts[0]
        let body = parts[1]
        if body.width >= 70 {
            let columns = body.split(.horizontal, [.percentage(42), .fill(1)])
            indicatorPanel = columns[0]
            rankingPanel = columns[1]
        } else {
            indicatorPanel = model.focus == .indicators ? body : nil
            rankingPanel = model.focus == .countries ? body : nil
        }
        // Hidden panels still get a geometry, so paging means the same when they come back.
        let ranking = (rankingPanel ?? body).inset(by: 1)
        rankingTable = ranking
        indicatorList = (indicatorPanel ?? body).inset(by: 1)
        perIndicator = indicatorList.height >= indicatorCount * 2 ? 2 : 1
        visibleIndicators = max(1, indicatorList.height / perIndicator)
    }
}
