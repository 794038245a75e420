import MigofCore
import MigofWidgets

/// The merge conflicts a `migof merge` left in the store: one row per conflict (where, base,
/// ours, theirs, who), keys that take a side, and the score and note keys to type a value in
/// instead, which `K` then keeps. Each resolution is an ordinary edit (`Edit.conflict`):
/// journalled, undone with `u`, audited at the save; the save after the last one writes no
/// `conflicts` section.
struct ConflictsModel: Hashable, Sendable {
    /// The screen's name for `.show` and the `:` commands.
    static let name = "conflicts"

    /// The selection is by row, not by conflict: a resolved conflict's row then holds the
    /// next one, and an undo brings the conflict back to the row still selected.
    var list = ListState()

    func crumb(_ document: Document) -> String { "Merge conflicts" }

    func layout(in rect: Rect, document: Document) -> ConflictsLayout {
        ConflictsLayout(rect, count: document.store.conflicts.count)
    }

    mutating func reclamp(_ document: Document, layout: ConflictsLayout) {
        list.clamp(count: document.store.conflicts.count, visible: layout.visibleRows)
    }

    func selected(_ document: Document) -> StoreConflict? {
        let conflicts = document.store.conflicts
        return conflicts.indices.contains(list.selected) ? conflicts[list.selected] : nil
    }

    /// The indicator the score and note keys edit: the selected conflict's, when it is an
    /// answer or a note of a year the country still has.
    func scoreTarget(_ document: Document) -> ScoreTarget? {
        guard let conflict = selected(document), conflict.field == .score || conflict.field == .note,
              let year = conflict.year, let key = conflict.key else { return nil }
        return ScoreTarget(country: conflict.country, year: year, indicator: key)
    }

    /// What the screen says when no conflict is left.
    static func noneLeft(_ document: Document) -> String {
        document.isModified
            ? "every conflict is resolved; s saves the store without its conflicts section (u undoes)"
            : "this store has no merge conflicts"
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.char("o")], .conflict(.take(.ours)), .conflicts, help: "Take ours (this branch's value)",
                   hint: "ours"),
        KeyBinding([.char("t")], .conflict(.take(.theirs)), .conflicts, help: "Take theirs (the merged branch's value)",
                   hint: "theirs"),
        KeyBinding([.char("b")], .conflict(.take(.base)), .conflicts, help: "Take the base (the value before both branches)",
                   hint: "base"),
        KeyBinding([.enter, .char("e")], .open, .conflicts, help: "Edit the value (note editor; digits set an answer)",
                   hint: "edit", hintKey: "Enter"),
        KeyBinding((1...4).map { .char(Character(String($0))) }, .score(0), .conflicts, keyLabel: "1-4",
                   help: "Set the conflict's answer here (then K keeps it)"),
        KeyBinding([.char("0"), .char("x")], .clearScore, .conflicts, help: "Clear the conflict's answer (unscored)"),
        KeyBinding([.char("n")], .editNote, .conflicts, help: "Edit the conflict's note here (then K keeps it)"),
        KeyBinding([.char("K")], .conflict(.keep), .conflicts, help: "Keep the value the store holds now (after editing it)",
                   hint: "keep"),
        KeyBinding([.char("p")], .conflict(.profile), .conflicts, help: "Open the country's profile in the conflict's year"),
    ]
}

extension Context {
    public static let conflicts = Context("Merge conflicts")
}
