import MigofCore
import MigofWidgets

extension App {
    /// Applies one event. The top dialog, if any, takes keys and the mouse; otherwise keys go
    /// through the keymap to the screen on top. Ctrl-C means the same everywhere.
    public mutating func update(_ event: Event) {
        switch event {
        case .resize(let newSize):
            size = newSize
            reclampScreens(nil)
        case .signal(let number):
            exit = ExitRequest(status: 128 + number)
        case .mouse(let mouse):
            // A click or a paste in the middle of a key sequence cancels it.
            pendingKeys = []
            message = nil
            handleMouse(mouse)
        case .paste(let text):
            pendingKeys = []
            message = nil
            paste(text)
        case .key(let key):
            message = nil
            handleKey(key)
        }
    }

    /// A bracketed paste. Into an open text field (the note editor, the new-year and
    /// add-country prompts, a country picker, the browser search) it is typed as text only:
    /// line breaks and tabs become spaces and nothing in it can run a command. Anywhere else
    /// (a yes/no question, a screen) it is ignored, with a message.
    private mutating func paste(_ text: String) {
        guard acceptsText else {
            message = "paste ignored: no text field is open"
            return
        }
        // Typed character by character through the field's own handling, so the field updates
        // (search results, picker matches, a full note's message) exactly as when typing.
        // 1,000 is more than any field holds.
        for character in TextInput.pastedCharacters(text, limit: 1000) {
            if var dialog = dialogs.popLast() {
                let effect = dialog.type(character, keymap: chrome.keymap, document: document, area: contentArea)
                dialogs.append(dialog)
                if let effect { apply(effect) }
            } else if case .browser(var model) = screen, model.searchKey(.char(character), document: document) {
                replaceTop(.browser(model))
            }
        }
    }

    /// True when the keyboard goes to a text field: the top dialog's, or the browser search
    /// when no dialog is open; the same order as keys are handed out.
    var acceptsText: Bool {
        if let dialog = dialogs.last { return dialog.acceptsText }
        if case .browser(let model) = screen { return model.searching }
        return false
    }

    private mutating func handleKey(_ key: Key) {
        if chrome.keymap.action(for: key, in: .global) == .interrupt {
            pendingKeys = []
            perform(.interrupt)
            return
        }
        if !pendingKeys.isEmpty {
            continueSequence(with: key)
            return
        }
        if var dialog = dialogs.popLast() {
            let effect = dialog.update(key, keymap: chrome.keymap, document: document, area: contentArea)
            dialogs.append(dialog)
            if let effect { apply(effect) }
            return
        }
        if case .browser(var model) = screen, model.searchKey(key, document: document) {
            replaceTop(.browser(model))
            return
        }
        var top = screen
        let starts = chrome.keymap.sequence([key], in: top.context) != .none
        if top.typeKey(key, bound: starts || chrome.keymap.action(for: key, in: top.context) != nil) {
            replaceTop(top)
            return
        }
        guard let action = chrome.keymap.action(for: key, in: screen.context) else {
            if starts {
                continueSequence(with: key)
            } else {
                // A key that does nothing says so, rather than leaving the user to wonder.
                message = "\(key.displayName) does nothing here · ? for help"
            }
            return
        }
        perform(action)
    }

    /// The wheel scrolls the focused list; a click selects a row or tile, a second click opens
    /// it. Under an open dialog only the dialog hears the mouse.
    private mutating func handleMouse(_ event: MouseEvent) {
        if var dialog = dialogs.popLast() {
            switch event.kind {
            case .scrollUp: dialog.scroll(by: -1, keymap: chrome.keymap, document: document, area: contentArea)
            case .scrollDown: dialog.scroll(by: 1, keymap: chrome.keymap, document: document, area: contentArea)
            case .press, .release: break
            }
            dialogs.append(dialog)
            return
        }
        switch event.kind {
        case .scrollUp: perform(.up)
        case .scrollDown: perform(.down)
        case .release: break
        case .press(let button):
            if button == 1, event.y == 0, let step = yearArrowStep(atX: event.x) {
                perform(step < 0 ? .previousYear : .nextYear)
                return
            }
            guard button == 1, contentArea.contains(x: event.x, y: event.y) else { return }
            var top = screen
            let effect = top.click(x: event.x, y: event.y, document: document, area: contentArea)
            replaceTop(top)
            if let effect { apply(effect) }
        }
    }

    /// Replaces the screen on top, re-clamped to the layout.
    mutating func replaceTop(_ screen: Screen) {
        var screen = screen
        screen.reclamp(document, area: contentArea)
        stack[stack.count - 1] = screen
    }

    /// Re-clamps every screen on the stack after a resize or a document change, so the ones
    /// underneath come back with their selected country still selected.
    mutating func reclampScreens(_ change: DocumentChange?) {
        let area = contentArea
        for index in stack.indices {
            stack[index].reclamp(document, area: area, change: change)
        }
    }
}
