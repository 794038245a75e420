import MigofCore
import MigofWidgets

/// The area panel: one principle or objective, its indicators, and the countries ranked by
/// their rating in it.
///
/// The ranking selection is kept by country, not by row: an edit that moves the selected
/// country in the ranking leaves it selected, so the next score key scores it again.
struct AreaModel: Hashable, Sendable {
    enum Focus: Hashable, Sendable { case indicators, countries }
    let id: String
    var focus: Focus = .countries
    var indicators = ListState()
    var countries = ListState()
    /// ISO3 of the selected country in the ranking: the identity `countries` follows.
    var selectedCountry: String?

    init(id: String) {
        self.id = id
    }

    func crumb(_ document: Document) -> String {
        document.framework.area(id).map { "\($0.id) \($0.title)" } ?? id
    }

    /// The country selected in the ranking, if any.
    func selectedCode(_ document: Document) -> String? {
        let codes = document.aggregates.ranked[id] ?? []
        return codes.indices.contains(countries.selected) ? codes[countries.selected] : nil
    }

    /// The selected indicator for the selected country, while the indicators have the focus.
    func scoreTarget(_ document: Document) -> ScoreTarget? {
        guard focus == .indicators, let area = document.framework.area(id),
              area.indicators.indices.contains(indicators.selected),
              let code = selectedCode(document) else { return nil }
        return ScoreTarget(country: code, year: document.year, indicator: area.indicators[indicators.selected].id)
    }

    /// Re-clamps after a document change or a resize, keeping the selected country selected
    /// while it is still ranked.
    mutating func reclamp(_ document: Document, layout: AreaLayout) {
        let codes = document.aggregates.ranked[id] ?? []
        if let code = selectedCountry, let index = codes.firstIndex(of: code) {
            countries.select(index, count: codes.count, visible: layout.visibleCountries)
        } else {
            countries.clamp(count: codes.count, visible: layout.visibleCountries)
        }
        indicators.clamp(count: document.framework.area(id)?.indicators.count ?? 0, visible: layout.visibleIndicators)
        selectedCountry = selectedCode(document)
    }

    /// The area panel's keys.
    static let bindings: [KeyBinding] = [
        KeyBinding([.tab], .nextFocus, .area, help: "Switch between the indicators and the ranking"),
        KeyBinding([.backTab], .previousFocus, .area, help: "Switch between the indicators and the ranking"),
        KeyBinding([.left, .char("h")], .left, .area, help: "Focus the indicators"),
        KeyBinding([.right, .char("l")], .right, .area, help: "Focus the country ranking"),
        KeyBinding([.enter], .open, .area, help: "Open the selected country's profile", hint: "profile"),
        KeyBinding([.char(">")], .stepArea(1), .area, help: "Next area (digits answer here, so they never switch)", hint: "area",
                   hintKey: "< >", priority: 3),
        KeyBinding([.char("<")], .stepArea(-1), .area, help: "Previous area"),
        KeyBinding((1...9).map { .char(Character(String($0))) }, .score(0), .area, keyLabel: "1-9",
                   help: "Answer for the selected country: digit n picks option n", hint: "score"),
        KeyBinding([.char("0"), .char("x")], .clearScore, .area, help: "Clear the answer"),
        KeyBinding([.char("+"), .char("=")], .stepScore(1), .area, help: "Next option (never wraps)"),
        KeyBinding([.char("-")], .stepScore(-1), .area, help: "Previous option (never wraps; nothing when unanswered)"),
        KeyBinding([.char("n")], .editNote, .area, help: "Edit the indicator's note", hint: "note"),
    ]
}

extension Context {
    public static let area = Context("Area panel")
}
