import MigofCore

/// Read access for tests and scripted checks; the screens themselves never use it.
extension App {
    /// Which screen is on top.
    var screenID: Screen.ID { screen.id }
    /// The ids of the stacked screens, bottom first.
    var stackIDs: [Screen.ID] { stack.map(\.id) }
    /// The browser nearest the top of the stack, if one was opened.
    var browserModel: BrowserModel? {
        for screen in stack.reversed() { if case .browser(let model) = screen { return model } }
        return nil
    }
    /// ISO3 codes the nearest country browser shows, in order.
    public var browserRows: [String] { browserModel?.rowCodes ?? [] }
    /// Index of the selected browser row.
    public var browserSelection: Int { browserModel?.list.selected ?? 0 }
    var browserSort: BrowserColumn { browserModel?.sort.column ?? .name }
    /// True when the browser lists lowest (or Z) first.
    var browserAscending: Bool { browserModel?.sort.ascending ?? true }
    var browserMarked: [String] { browserModel?.marked ?? [] }
    /// The worked-out profile of a country in the year shown.
    public func profile(_ code: String) -> Profile? { document.profile(code) }
    /// The state of the comparison on top of the stack, when the compare screen shows.
    public var comparisonState: CompareState? {
        if case .compare(let state) = screen { return state }
        return nil
    }
    /// The comparison model of `state`, from the store as it is now.
    public func comparison(_ state: CompareState) -> Comparison? { state.comparison(document) }
    /// What score keys change on the screen on top.
    public var scoreTarget: (country: String, year: Int, indicator: String)? {
        screen.scoreTarget(document).map { ($0.country, $0.year, $0.indicator) }
    }
    /// The same, on the compare screen only.
    public var compareScoreTarget: (country: String, year: Int, indicator: String)? {
        comparisonState == nil ? nil : scoreTarget
    }
    var statistics: [String: AreaStatistics] { document.aggregates.statistics }
    var overallStatistics: AreaStatistics { document.aggregates.overallStatistics }
    /// Every area's ranking (each is built on first use; this builds them all).
    var ranked: [String: [String]] {
        Dictionary(uniqueKeysWithValues: framework.areas.map { ($0.id, document.aggregates.ranked[$0.id] ?? []) })
    }
    var years: [Int] { document.years }
    var history: [Edit] { document.history.done }
    /// The area model for `id` nearest the top of the stack.
    func areaModel(_ id: String) -> AreaModel? {
        for screen in stack.reversed() { if case .area(let model) = screen, model.id == id { return model } }
        return nil
    }
}
