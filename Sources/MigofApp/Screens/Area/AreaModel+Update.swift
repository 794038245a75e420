import MigofCore
import MigofWidgets

extension AreaModel {
    func layout(in rect: Rect, document: Document) -> AreaLayout {
        AreaLayout(rect, model: self, indicatorCount: document.framework.area(id)?.indicators.count ?? 0)
    }

    /// Keys: focus moves between the two panels, Enter opens the selected country.
    mutating func update(_ action: Action, document: Document, layout: AreaLayout) -> Effect? {
        let countryCount = document.aggregates.ranked[id]?.count ?? 0
        let indicatorCount = document.framework.area(id)?.indicators.count ?? 0
        switch action {
        case .nextFocus, .previousFocus:
            focus = focus == .indicators ? .countries : .indicators
        case .left:
            focus = .indicators
        case .right:
            focus = .countries
        case .open:
            if focus == .countries, let code = selectedCode(document) {
                return .push(.profile(ProfileModel(code: code)))
            }
        default:
            if focus == .countries {
                countries.perform(action, count: countryCount, visible: layout.visibleCountries)
            } else {
                indicators.perform(action, count: indicatorCount, visible: layout.visibleIndicators)
            }
        }
        selectedCountry = selectedCode(document)
        return nil
    }

    /// A click on the indicators focuses them; on a ranking row it selects it, and on the row
    /// already selected it opens it. Rows are found from the same layout the view draws.
    mutating func click(x: Int, y: Int, document: Document, layout: AreaLayout) -> Effect? {
        if let panel = layout.indicatorPanel, panel.contains(x: x, y: y) {
            focus = .indicators
            return nil
        }
        guard let panel = layout.rankingPanel, panel.contains(x: x, y: y) else { return nil }
        focus = .countries
        let count = document.aggregates.ranked[id]?.count ?? 0
        let line = y - (layout.rankingTable.y + 1)
        let again = countries.click(line: line, count: count, visible: layout.visibleCountries)
        selectedCountry = selectedCode(document)
        return again ? update(.open, document: document, layout: layout) : nil
    }
}
