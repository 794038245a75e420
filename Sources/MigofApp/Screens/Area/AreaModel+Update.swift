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
        case .stepArea(let step):
            self = stepped(by: step, framework: document.framework)
            return nil
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

    /// The panel of the area `step` places before or after this one, wrapping, with the same
    /// focus and the same selected country (placed in the new ranking by `reclamp`); the
    /// indicator selection starts at the top, since the indicators are another area's.
    func stepped(by step: Int, framework: Framework) -> AreaModel {
        let areas = framework.areas
        guard let index = areas.firstIndex(where: { $0.id == id }), !areas.isEmpty else { return self }
        var next = AreaModel(id: areas[((index + step) % areas.count + areas.count) % areas.count].id)
        next.focus = focus
        next.selectedCountry = selectedCountry
        return next
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
