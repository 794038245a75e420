import MigofCore
import MigofWidgets

extension ProfileModel {
    /// Selects `indicator`, expanding its area: where auto-advance goes after an answer.
    mutating func select(indicator: String, document: Document, layout: ProfileLayout) {
        let framework = document.framework
        guard let (areaIndex, index) = framework.place(ofIndicator: indicator) else { return }
        expanded.insert(framework.areas[areaIndex].id)
        let rows = rows(framework)
        guard let row = rows.firstIndex(of: .indicator(area: areaIndex, index: index)) else { return }
        list.select(row, count: rows.count, visible: layout.visibleRows)
    }
}
