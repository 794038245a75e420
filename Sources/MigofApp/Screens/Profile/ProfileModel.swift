import MigofCore
import MigofWidgets

/// A country profile: its areas with ratings, each expandable into its indicators.
struct ProfileModel: Hashable, Sendable {
    /// ISO3 of the country shown.
    let code: String
    var expanded: Set<String> = []
    var list = ListState()

    init(code: String) {
        self.code = code
    }

    func crumb(_ document: Document) -> String {
        document.store.countries[code]?.name ?? code
    }

    /// The rows: six areas, each followed by its indicators when expanded.
    func rows(_ framework: Framework) -> [ProfileRow] {
        var rows: [ProfileRow] = []
        for (index, area) in framework.areas.enumerated() {
            rows.append(.area(index))
            if expanded.contains(area.id) {
                rows += area.indicators.indices.map { .indicator(area: index, index: $0) }
            }
        }
        return rows
    }

    /// The selected row, if any.
    func selectedRow(_ framework: Framework) -> ProfileRow? {
        let rows = rows(framework)
        return rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }

    /// The selected indicator row.
    func scoreTarget(_ document: Document) -> ScoreTarget? {
        guard case .indicator(let area, let index)? = selectedRow(document.framework) else { return nil }
        return ScoreTarget(country: code, year: document.year, indicator: document.framework.areas[area].indicators[index].id)
    }

    /// Re-clamps after a document change or a resize.
    mutating func reclamp(_ document: Document, layout: ProfileLayout) {
        list.clamp(count: rows(document.framework).count, visible: layout.visibleRows)
    }

    /// The profile's keys.
    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .profile, help: "Expand or collapse the area's indicators", hint: "expand"),
        KeyBinding((1...9).map { .char(Character(String($0))) }, .score(0), .profile, keyLabel: "1-9",
                   help: "Answer the indicator: digit n picks option n", hint: "score"),
        KeyBinding([.char("0"), .char("x")], .clearScore, .profile, help: "Clear the answer"),
        KeyBinding([.char("+"), .char("=")], .stepScore(1), .profile, help: "Next option (never wraps)"),
        KeyBinding([.char("-")], .stepScore(-1), .profile, help: "Previous option (never wraps; nothing when unanswered)"),
        KeyBinding([.char("n")], .editNote, .profile, help: "Edit the indicator's note", hint: "note"),
        KeyBinding([.char("Y")], .newYear, .profile, help: "Add an assessment year (a new round)"),
        KeyBinding([.char("P")], .copyPreviousYear, .profile, help: "Copy the previous year's scores here (asks first)"),
        KeyBinding([.char("D")], .deleteCountry, .profile, help: "Delete this country (asks first; u undoes)"),
        KeyBinding([.char("L")], .showLog, .profile, help: "Audit log of this country", hint: "log"),
        KeyBinding([.right, .char("l")], .right, .profile, help: "Expand the area"),
        KeyBinding([.left, .char("h")], .left, .profile, help: "Collapse the area"),
        KeyBinding([.tab], .nextFocus, .profile, help: "Jump to the next area"),
        KeyBinding([.backTab], .previousFocus, .profile, help: "Jump to the previous area"),
        KeyBinding([.char(">")], .stepArea(1), .profile, help: "Jump to the next area (as Tab; digits answer here)", hint: "area",
                   hintKey: "< >", priority: 3),
        KeyBinding([.char("<")], .stepArea(-1), .profile, help: "Jump to the previous area (as S-Tab)"),
        KeyBinding([.char("c")], .compare(.start), .profile, help: "Compare with another country (type to search)", hint: "compare"),
        KeyBinding([.char("w")], .writeReport, .profile, help: "Write this profile as a report (Markdown, HTML)"),
    ]
}

extension Context {
    public static let profile = Context("Country profile")
}
