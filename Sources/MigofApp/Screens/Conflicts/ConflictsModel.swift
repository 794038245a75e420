import MigofCore
import MigofWidgets

/// The merge conflicts a `migof merge` left in the store: one row per conflict (where, base,
/// ours, theirs, who), keys that take a side, and Enter to edit the value on the country's
/// profile. Each resolution is an ordinary edit (`Edit.conflict`): journalled, undone with
/// `u`, audited at the save; the save after the last one writes no `conflicts` section.
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

    /// What the screen says when no conflict is left.
    static func noneLeft(_ document: Document) -> String {
        document.isModified
            ? "every conflict is resolved; s saves the store without its conflicts section (u undoes)"
            : "this store has no merge conflicts"
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.char("o")], .conflict(.take(.ours)), .conflicts, help: "Take ours (this branch's value) for the selected conflict",
                   hint: "ours"),
        KeyBinding([.char("t")], .conflict(.take(.theirs)), .conflicts, help: "Take theirs (the merged branch's value)",
                   hint: "theirs"),
        KeyBinding([.char("b")], .conflict(.take(.base)), .conflicts, help: "Take the base (the value before both branches)",
                   hint: "base"),
        KeyBinding([.enter, .char("e")], .open, .conflicts, help: "Edit the value on the country's profile",
                   hint: "edit", hintKey: "Enter"),
        KeyBinding([.char("K")], .conflict(.keep), .conflicts, help: "Keep the value the store holds now (after editing it)",
                   hint: "keep"),
    ]
}

extension Context {
    public static let conflicts = Context("Merge conflicts")
}
