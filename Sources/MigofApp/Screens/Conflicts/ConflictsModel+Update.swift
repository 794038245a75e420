import MigofCore
import MigofWidgets

extension ConflictsModel {
    mutating func update(_ action: Action, document: Document, layout: ConflictsLayout) -> Effect? {
        switch action {
        case .conflict(.profile):
            guard let conflict = selected(document) else { return .message(Self.noneLeft(document)) }
            return profile(conflict, document: document)
        case .conflict(let choice):
            guard let conflict = selected(document) else { return .message(Self.noneLeft(document)) }
            return resolve(conflict, choice, document: document)
        case .open:
            guard let conflict = selected(document) else { return .message(Self.noneLeft(document)) }
            return edit(conflict, document: document)
        default:
            list.perform(action, count: document.store.conflicts.count, visible: layout.visibleRows)
            return nil
        }
    }

    /// A click selects a row; a click on the selected row opens it for editing.
    mutating func click(x: Int, y: Int, document: Document, layout: ConflictsLayout) -> Effect? {
        guard let line = layout.line(x: x, y: y) else { return nil }
        let again = list.click(line: line, count: document.store.conflicts.count, visible: layout.visibleRows)
        return again ? update(.open, document: document, layout: layout) : nil
    }

    /// The resolution as an ordinary edit, then a note of what was taken and what is left.
    private func resolve(_ conflict: StoreConflict, _ choice: ConflictAction, document: Document) -> Effect {
        let edit: Edit
        do throws(MigofError) {
            switch choice {
            case .take(let side): edit = try document.store.resolution(of: conflict.id, taking: side)
            case .keep, .profile: edit = try document.store.resolution(of: conflict.id, value: document.store.currentValue(of: conflict))
            }
        } catch {
            return .message(error.description)
        }
        guard case .conflict(_, _, _, let value) = edit else { return .commit(edit) }
        let text = value.text(key: conflict.key, framework: document.framework)
        let done = if case .take(let side) = choice { "took \(side.rawValue) (\(text))" } else { "kept \(text)" }
        let left = document.store.conflicts.count - 1
        let tail = left == 0 ? "no conflict left; s saves the store without its conflicts section"
            : "\(left) conflict\(left == 1 ? "" : "s") left"
        return .all([.commit(edit), .message("\(conflict.place): \(done); \(tail) · u undoes")])
    }

    /// Enter: edits the value here, as an ordinary edit that `K` then keeps as the resolution:
    /// the note editor for a note, the digit keys for an answer. Other values take a side.
    private func edit(_ conflict: StoreConflict, document: Document) -> Effect {
        guard let target = scoreTarget(document) else {
            return .message("\(conflict.place): only answers and notes are edited here; o, t or b takes a side")
        }
        guard let assessment = document.store.countries[target.country]?.assessments[target.year] else {
            return .message("\(conflict.place): \(target.country) has no \(target.year) now; resolve that first")
        }
        guard conflict.field == .note else {
            return .message("\(conflict.place): a digit sets the answer here (0 clears it), then K keeps it")
        }
        let note = assessment.notes[target.indicator] ?? ""
        let input = TextInput(text: note, maxLength: max(Assessment.noteLimit, note.count))
        return .all([.open(.note(NoteEditor(target: target, input: input))),
                     .message("\(conflict.place): Enter keeps the note, then K keeps it as the resolution")])
    }

    /// `p`: the country's profile in the conflict's year, to see the value among the others.
    private func profile(_ conflict: StoreConflict, document: Document) -> Effect {
        guard document.store.countries[conflict.country] != nil else {
            return .message("\(conflict.place): the country is not in the store now; o, t or b takes a side")
        }
        var effects: [Effect] = []
        if let year = conflict.year, year != document.year, document.years.contains(year) { effects.append(.setYear(year)) }
        return .all(effects + [.push(.profile(ProfileModel(code: conflict.country)))])
    }
}
