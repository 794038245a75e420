import MigofCore
import MigofWidgets

/// The analyst's worklist: every country-year with any assessed answer, its coverage per area
/// and overall, and assessed against published per area, disagreements first. `←` `→`
/// choose the area; Enter opens the profile at it. Every figure comes from Core's
/// `ReviewTable`, as `migof review` prints it.
struct ReviewModel: Hashable, Sendable {
    /// The screen's name for `.show` and the `:` commands.
    static let name = "review"

    var list = ListState()
    /// The column chosen: 0 the overall rating, then the areas in order.
    var column = 0

    func crumb(_ document: Document) -> String { "Review" }

    /// Every year's rows, from the document's store.
    func table(_ document: Document) -> ReviewTable {
        ReviewTable(store: document.store, framework: document.framework)
    }

    func selectedRow(_ table: ReviewTable) -> ReviewTable.Row? {
        table.rows.indices.contains(list.selected) ? table.rows[list.selected] : nil
    }

    func layout(in rect: Rect, document: Document) -> ReviewLayout { ReviewLayout(rect) }

    mutating func reclamp(_ document: Document, layout: ReviewLayout) {
        list.clamp(count: table(document).rows.count, visible: layout.visibleRows)
        column = min(max(0, column), document.framework.areas.count)
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .review, help: "Open the profile at the chosen area, in that year", hint: "profile"),
        KeyBinding([.left, .char("h")], .left, .review, help: "Choose the previous area (overall first)", hint: "area",
                   hintKey: "← →"),
        KeyBinding([.right, .char("l")], .right, .review, help: "Choose the next area"),
    ]
}

extension Context {
    public static let review = Context("Review")
}
