import MigofCore
import MigofWidgets

extension ConflictsModel {
    mutating func update(_ action: Action, document: Document, layout: ConflictsLayout) -> Effect? {
        switch action {
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
            case .keep: edit = try document.store.resolution(of: conflict.id, value: document.store.currentValue(of: conflict))
            }
        } catch {
            return .message(error.description)
        }
        guard case .conflict(_, _, _, let value) = edit else { return .commit(edit) }
        let text = value.text(key: conflict.key, framework: document.framework)
        let done = switch choice {
        case .take(let side): "took \(side.rawValue) (\(text))"
        case .keep: "kept \(text)"
        }
        let left = document.store.conflicts.count - 1
        let tail = left == 0 ? "no conflict left; s saves the store without its conflicts section"
            : "\(left) conflict\(left == 1 ? "" : "s") left"
        return .all([.commit(edit), .message("\(conflict.place): \(done); \(tail) · u undoes")])
    }

    /// Enter: the country's profile in the conflict's year, its indicator selected, where the
    /// score and note keys edit it; `K` back here then keeps what was typed.
    private func edit(_ conflict: StoreConflict, document: Document) -> Effect {
        guard document.store.countries[conflict.country] != nil else {
            return .message("\(conflict.place): the country is not in the store now; o, t or b takes a side")
        }
        var profile = ProfileModel(code: conflict.country)
        var note: String?
        switch conflict.field {
        case .score, .note:
            if let key = conflict.key, let areaID = document.framework.areaID(ofIndicator: key) {
                profile.expanded = [areaID]
                let rows = profile.rows(document.framework)
                let row = rows.firstIndex { row in
                    guard case .indicator(let area, let index) = row else { return false }
                    return document.framework.areas[area].indicators[index].id == key
                }
                profile.list = ListState(selected: row ?? 0)
                note = "\(conflict.place): \(conflict.field == .score ? "a digit scores it" : "n edits the note"); "
                    + "then Esc and K keeps it as the resolution"
            }
        case .reported, .metadata:
            note = "\(conflict.place): not edited in the dashboard; o, t or b on the conflicts screen takes a side"
        case .assessment, .country:
            note = "\(conflict.place): a whole \(conflict.field == .country ? "country" : "year"); o, t or b takes a side"
        }
        var effects: [Effect] = []
        if let year = conflict.year, year != document.year, document.years.contains(year) { effects.append(.setYear(year)) }
        effects.append(.push(.profile(profile)))
        if let note { effects.append(.message(note)) }
        return .all(effects)
    }
}
