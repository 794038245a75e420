import MigofCore

/// Undo and redo, and where the last save sits among them.
///
/// The saved point is kept as the edit path that led to it, so the number of unsaved changes
/// is the net distance between the saved state and the current one, not the undo depth:
/// saving 17 edits and making one more leaves 1 unsaved change, and undoing it leaves 0.
struct EditHistory: Sendable {
    /// Edits applied, oldest first; undo pops from the end.
    private(set) var done: [Edit] = []
    /// Edits undone, the next redo last.
    private(set) var undone: [Edit] = []
    /// The edit path of the saved state.
    private var savedPath: [Edit] = []
    /// How many leading edits `done` and `savedPath` share.
    private var common = 0

    /// Edits between the saved state and the current one, either way.
    var unsavedCount: Int { (savedPath.count - common) + (done.count - common) }

    var isModified: Bool { unsavedCount > 0 }

    /// Records a new edit; it clears the redo stack.
    mutating func record(_ edit: Edit) {
        push(edit)
        undone.removeAll()
    }

    /// Moves the last edit to the redo stack and returns it.
    mutating func popForUndo() -> Edit? {
        guard let edit = done.popLast() else { return nil }
        common = min(common, done.count)
        undone.append(edit)
        return edit
    }

    /// Moves the next redo back onto the history and returns it.
    mutating func popForRedo() -> Edit? {
        guard let edit = undone.popLast() else { return nil }
        push(edit)
        return edit
    }

    /// The next edit `popForUndo` would return.
    var lastDone: Edit? { done.last }
    /// The next edit `popForRedo` would return.
    var nextRedo: Edit? { undone.last }

    /// The edits that lead from the saved state to the current one: the saved branch's own
    /// edits taken back, newest first, then the current branch's.
    var unsavedEdits: [Edit] {
        savedPath[common...].reversed().map(\.inverse) + done[common...]
    }

    /// The current state is now the saved one.
    mutating func markSaved() {
        savedPath = done
        common = done.count
    }

    /// Starts from `edits` replayed over a saved state that had none of them (recovery).
    mutating func recovered(_ edits: [Edit]) {
        for edit in edits { push(edit) }
    }

    private mutating func push(_ edit: Edit) {
        if common == done.count, common < savedPath.count, savedPath[common] == edit { common += 1 }
        done.append(edit)
    }
}
