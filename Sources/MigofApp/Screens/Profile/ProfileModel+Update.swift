import MigofCore
import MigofWidgets

extension ProfileModel {
    /// The layout, its detail lines grown to the selected row's wrapped detail (within limits).
    func layout(in rect: Rect, document: Document) -> ProfileLayout {
        let width = ProfileLayout(rect).table.width
        let wanted = document.profile(code).map { detailLines($0, document: document, width: width).count } ?? 0
        return ProfileLayout(rect, detailLines: wanted)
    }

    /// Keys: Enter, → and ← expand and collapse areas, Tab and `<` `>` jump between areas.
    mutating func update(_ action: Action, document: Document, layout: ProfileLayout) -> Effect? {
        let framework = document.framework
        let rows = rows(framework)
        let visible = layout.visibleRows
        switch action {
        case .open, .right, .left:
            guard let current = selectedRow(framework) else { break }
            if action == .open, case .indicator = current { break }
            let areaIndex: Int
            switch current {
            case .area(let index): areaIndex = index
            case .indicator(let index, _): areaIndex = index
            }
            let id = framework.areas[areaIndex].id
            if action == .open ? expanded.contains(id) : action == .left {
                expanded.remove(id)
            } else {
                expanded.insert(id)
            }
            let newRows = self.rows(framework)
            list.select(newRows.firstIndex(of: .area(areaIndex)) ?? 0, count: newRows.count, visible: visible)
        case .compare(.start):
            return .open(.picker(CountryPicker(purpose: .compareWith(code), document: document)))
        case .nextFocus, .previousFocus, .stepArea:
            let areaRows = rows.indices.filter { if case .area = rows[$0] { return true } else { return false } }
            let step: Int
            switch action {
            case .stepArea(let by): step = by
            default: step = action == .nextFocus ? 1 : -1
            }
            let position = areaRows.lastIndex { $0 <= list.selected } ?? 0
            let target = areaRows[(position + step + areaRows.count) % areaRows.count]
            list.select(target, count: rows.count, visible: visible)
        default:
            list.perform(action, count: rows.count, visible: visible)
        }
        return nil
    }

    /// A click selects a row; a click on the selected row opens (expands) it.
    mutating func click(x: Int, y: Int, document: Document, layout: ProfileLayout) -> Effect? {
        guard layout.table.contains(x: x, y: y) else { return nil }
        let count = rows(document.framework).count
        let again = list.click(line: y - (layout.table.y + 1), count: count, visible: layout.visibleRows)
        return again ? update(.open, document: document, layout: layout) : nil
    }
}
