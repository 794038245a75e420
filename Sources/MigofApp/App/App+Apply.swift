import MigofCore
import MigofWidgets

extension App {
    /// Applies an effect: the one place where screens change, dialogs open and close, and
    /// (through the document) the store is edited, journalled and saved.
    /// Returns false when an edit or a save was refused, which stops an `.all` sequence.
    @discardableResult
    mutating func apply(_ effect: Effect) -> Bool {
        switch effect {
        case .push(let next): push(next)
        case .pop:
            if stack.count > 1 { stack.removeLast() } else { message = "press q to quit" }
        case .open(let dialog): dialogs.append(dialog)
        case .close: _ = dialogs.popLast()
        case .picked(let code, let purpose): picked(code, purpose)
        case .commit(let edit): return commit(edit)
        case .undo: return undo()
        case .redo: return redo()
        case .save: return save()
        case .changeYear(let step):
            guard let shown = document.changeYear(by: step) else {
                if !document.years.isEmpty { message = step < 0 ? "no earlier year" : "no later year" }
                return true
            }
            reclampScreens(.year)
            message = "year \(shown)"
        case .setYear(let value):
            document.setYear(value)
            reclampScreens(.year)
        case .recover(let contents): return recover(contents)
        case .setJournalAside:
            do {
                message = "journal set aside as \(App.abbreviated(try document.setJournalAside() ?? ""))"
            } catch {
                message = error.message
            }
        case .quitNow(let status): exit = ExitRequest(status: status)
        case .quitIfSaved(let status): if !isModified { exit = ExitRequest(status: status) }
        case .discardAndQuit(let status): discardAndQuit(status)
        case .message(let text): message = text
        case .copy(let text, let what): copy(text, what: what)
        case .command(let line): runCommand(line)
        case .writeReport(let sides): writeReport(sides)
        case .filterBrowser(let filter):
            if case .browser = screen {} else { push(.browser(BrowserModel(document: document))) }
            guard case .browser(var model) = screen else { return true }
            let note = model.setFilter(filter, document: document)
            replaceTop(.browser(model))
            apply(note)
        case .all(let effects):
            for effect in effects where !apply(effect) { return false }
        }
        return true
    }

    /// Pushes a screen, or does nothing when it is already on top. A browser, area or
    /// profile still on the stack comes back as it was left.
    private mutating func push(_ next: Screen) {
        if case .compare = next {} else {
            if screen.id == next.id { return }
            if let earlier = stack.last(where: { $0.id == next.id }) {
                stack.append(earlier)
                replaceTop(earlier)
                return
            }
        }
        stack.append(next)
        replaceTop(next)
    }

    private mutating func picked(_ code: String, _ purpose: CountryPicker.Purpose) {
        switch purpose {
        case .compareWith(let a):
            if let state = CompareState.start(a, code, document: document) { push(.compare(state)) }
        case .replaceB:
            guard case .compare(var state) = screen else { return }
            let effect = state.replaceB(code, document: document)
            replaceTop(.compare(state))
            if let effect { apply(effect) }
        }
    }
}
