import MigofCore
import MigofWidgets

extension RoundsModel {
    /// Keys on the table: move, order, filter, and Enter for the country's trend.
    mutating func update(_ action: Action, document: Document, layout: RoundsLayout) -> Effect? {
        let table = table(document)
        switch action {
        case .open:
            guard let row = selectedRow(table) else { return .message("no country in both \(from) and \(to) here") }
            return .push(.compare(CompareState(a: row.iso3, yearA: from, b: row.iso3, yearB: to)))
        case .nextSort, .previousSort:
            let orders = RoundsOrder.all(document.framework)
            let index = orders.firstIndex(of: order) ?? 0
            order = orders[(index + (action == .nextSort ? 1 : orders.count - 1)) % orders.count]
            list = ListState()
            return .message("ordered by \(order.label)")
        case .nextRegion:
            let regions = document.aggregates.regions
            region = regions.isEmpty ? nil : ((region ?? -1) + 1) % (regions.count + 1)
            if region == regions.count { region = nil }
            list = ListState()
            return .message("region: \(regionName(document) ?? "all")")
        case .clearRegion:
            region = nil
            list = ListState()
            return .message("region: all")
        default:
            list.perform(action, count: table.rows.count, visible: layout.visibleRows)
        }
        return nil
    }

    /// A click on a row selects it; on the selected row it opens the trend.
    mutating func click(x: Int, y: Int, document: Document, layout: RoundsLayout) -> Effect? {
        guard layout.table.contains(x: x, y: y) else { return nil }
        let count = table(document).rows.count
        let again = list.click(line: y - (layout.table.y + 1), count: count, visible: layout.visibleRows)
        return again ? update(.open, document: document, layout: layout) : nil
    }
}
