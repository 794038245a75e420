import MigofCore
import MigofWidgets

extension CompareState {
    /// Selects `indicator`'s row, expanding its area: where auto-advance goes after an
    /// answer. A row hidden by "only differing" leaves the selection where it is.
    mutating func select(indicator: String, document: Document, layout: CompareLayout) {
        let framework = document.framework
        guard let (areaIndex, index) = framework.place(ofIndicator: indicator) else { return }
        expanded.insert(framework.areas[areaIndex].id)
        let rows = rows(document)
        guard let row = rows.firstIndex(of: .indicator(area: areaIndex, index: index)) else { return }
        list.select(row, count: rows.count, visible: layout.visibleRows)
    }
}
