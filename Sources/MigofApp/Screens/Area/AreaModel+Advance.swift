import MigofCore

extension AreaModel {
    /// The panel with `indicator` selected for the same country: the panel of the indicator's
    /// area (so auto-advance crosses from one area into the next), the indicators focused.
    func selecting(indicator: String, document: Document) -> AreaModel {
        let framework = document.framework
        guard let (areaIndex, index) = framework.place(ofIndicator: indicator) else { return self }
        let area = framework.areas[areaIndex]
        var next = area.id == id ? self : AreaModel(id: area.id)
        if area.id != id {
            // The same country stays selected in the other area's ranking, if it is ranked there.
            let code = selectedCode(document)
            next.selectedCountry = code
            next.countries.selected = code.flatMap { document.aggregates.ranked[area.id]?.firstIndex(of: $0) } ?? 0
        }
        next.focus = .indicators
        next.indicators.selected = index
        return next
    }
}
