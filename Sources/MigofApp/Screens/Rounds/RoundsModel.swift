import MigofCore
import MigofWidgets

/// What moved between two rounds: the countries assessed in both, each with its overall and
/// area changes (`2→3 ▲`), sortable and filtered by region, over a summary line per measure.
/// Every figure comes from Core's `RoundsTable`, as `migof rounds` prints it.
struct RoundsModel: Hashable, Sendable {
    /// The screen's name for `.show` and the `:` commands.
    static let name = "rounds"

    /// The two rounds compared, earlier first.
    var from: Int
    var to: Int
    var order: RoundsOrder = .change(nil)
    /// Index into the document's regions; nil shows every region.
    var region: Int?
    var list = ListState()

    /// The two latest rounds with data; nil when the store has fewer than two.
    init?(document: Document) {
        guard let rounds = RoundsTable.defaultRounds(document.store) else { return nil }
        from = rounds.from
        to = rounds.to
    }

    func crumb(_ document: Document) -> String { "Rounds \(from) → \(to)" }

    func regionName(_ document: Document) -> String? {
        let regions = document.aggregates.regions
        return region.flatMap { regions.indices.contains($0) ? regions[$0] : nil }
    }

    /// The table shown, from the document's store.
    func table(_ document: Document) -> RoundsTable {
        RoundsTable(store: document.store, framework: document.framework, from: from, to: to,
                    region: regionName(document), order: order)
    }

    /// The selected row's country, if any.
    func selectedRow(_ table: RoundsTable) -> RoundsTable.Row? {
        table.rows.indices.contains(list.selected) ? table.rows[list.selected] : nil
    }

    func layout(in rect: Rect, document: Document) -> RoundsLayout {
        RoundsLayout(rect, summaries: document.framework.areas.count + 1)
    }

    mutating func reclamp(_ document: Document, layout: RoundsLayout) {
        list.clamp(count: table(document).rows.count, visible: layout.visibleRows)
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .rounds, help: "Compare the country across the two rounds", hint: "trend"),
        KeyBinding([.char("o")], .nextSort, .rounds, help: "Order by the next change (overall, P1…O3), then name", hint: "order"),
        KeyBinding([.char("O")], .previousSort, .rounds, help: "Order by the previous one"),
        KeyBinding([.char("r")], .nextRegion, .rounds, help: "Filter by the next UN region", hint: "region"),
        KeyBinding([.char("R")], .clearRegion, .rounds, help: "Show every region"),
    ]
}

extension Context {
    public static let rounds = Context("What moved between rounds")
}
