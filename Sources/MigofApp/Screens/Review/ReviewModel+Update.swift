import MigofCore
import MigofWidgets

extension ReviewModel {
    /// Keys on the worklist: move, choose the area, and Enter for the profile at it.
    mutating func update(_ action: Action, document: Document, layout: ReviewLayout) -> Effect? {
        let table = table(document)
        switch action {
        case .left, .right:
            let count = document.framework.areas.count + 1
            column = (column + (action == .right ? 1 : count - 1)) % count
        case .open:
            guard let row = selectedRow(table) else { return .message("no country has answers yet: score indicators on a profile") }
            var profile = ProfileModel(code: row.iso3)
            if column > 0 {
                // The profile's rows start with one per area, so the area's index is its row.
                profile.expanded.insert(document.framework.areas[column - 1].id)
                profile.list.selected = column - 1
            }
            return .all([.setYear(row.year), .push(.profile(profile))])
        default:
            list.perform(action, count: table.rows.count, visible: layout.visibleRows)
        }
        return nil
    }

    /// A click on a row selects it (and the column under the pointer); on the selected row it opens it.
    mutating func click(x: Int, y: Int, document: Document, layout: ReviewLayout) -> Effect? {
        guard layout.table.contains(x: x, y: y) else { return nil }
        let count = table(document).rows.count
        let again = list.click(line: y - (layout.table.y + 1), count: count, visible: layout.visibleRows)
        return again ? update(.open, document: document, layout: layout) : nil
    }
}
