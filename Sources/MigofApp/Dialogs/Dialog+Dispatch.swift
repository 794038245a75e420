import MigofCore
import MigofWidgets

/// The one routing function for dialogs: keys and the mouse reach the top dialog only.
extension Dialog {
    /// A key, with the action its own bindings give it (never a screen's or a global one).
    mutating func update(_ key: Key, keymap: Keymap, document: Document, area: Rect) -> Effect? {
        update(key, action: keymap.dialogAction(for: key, in: context), keymap: keymap, document: document, area: area)
    }

    /// True when the dialog has a text field that takes what is typed (and pasted).
    var acceptsText: Bool {
        switch self {
        case .picker, .note, .newYear, .addCountry, .command: true
        case .help, .confirm, .quit, .recover, .log: false
        }
    }

    /// One character of a paste: typed into the dialog's field with no action, so no binding
    /// (a `q`, an Enter) can fire from pasted text. Dialogs without a field ignore it.
    mutating func type(_ character: Character, keymap: Keymap, document: Document, area: Rect) -> Effect? {
        guard acceptsText else { return nil }
        return update(.char(character), action: nil, keymap: keymap, document: document, area: area)
    }

    private mutating func update(_ key: Key, action: Action?, keymap: Keymap, document: Document, area: Rect) -> Effect? {
        switch self {
        case .help(var dialog):
            defer { self = .help(dialog) }
            return dialog.update(action, keymap: keymap, area: area)
        case .picker(var dialog):
            defer { self = .picker(dialog) }
            return dialog.update(key, action: action, document: document, area: area)
        case .note(var dialog):
            defer { self = .note(dialog) }
            return dialog.update(key, action: action, document: document)
        case .newYear(var dialog):
            defer { self = .newYear(dialog) }
            return dialog.update(key, action: action, document: document)
        case .confirm(var dialog):
            defer { self = .confirm(dialog) }
            return dialog.update(action, document: document)
        case .quit(var dialog):
            defer { self = .quit(dialog) }
            return dialog.update(action)
        case .recover(var dialog):
            defer { self = .recover(dialog) }
            return dialog.update(action)
        case .addCountry(var dialog):
            defer { self = .addCountry(dialog) }
            return dialog.update(key, action: action, document: document, area: area)
        case .log(var dialog):
            defer { self = .log(dialog) }
            return dialog.update(action, document: document, area: area)
        case .command(var dialog):
            defer { self = .command(dialog) }
            return dialog.update(key, action: action, document: document)
        }
    }

    /// The wheel: lists inside the dialog scroll; nothing under the dialog ever moves.
    mutating func scroll(by step: Int, keymap: Keymap, document: Document, area: Rect) {
        let action: Action = step < 0 ? .up : .down
        switch self {
        case .help(var dialog):
            _ = dialog.update(action, keymap: keymap, area: area)
            self = .help(dialog)
        case .picker(var dialog):
            dialog.scroll(by: step, area: area)
            self = .picker(dialog)
        case .addCountry(var dialog):
            dialog.scroll(by: step, document: document, area: area)
            self = .addCountry(dialog)
        case .log(var dialog):
            _ = dialog.update(action, document: document, area: area)
            self = .log(dialog)
        case .note, .newYear, .confirm, .quit, .recover, .command:
            break
        }
    }

    func view(into buffer: inout Buffer, area: Rect, keymap: Keymap, context: ViewContext) {
        switch self {
        case .help(let dialog): dialog.view(into: &buffer, area: area, keymap: keymap, glyphs: context.glyphs)
        case .picker(let dialog): dialog.view(into: &buffer, area: area, context: context)
        case .note(let dialog): dialog.view(into: &buffer, area: area, context: context)
        case .newYear(let dialog): dialog.view(into: &buffer, area: area, context: context)
        case .confirm(let dialog): dialog.view(into: &buffer, area: area, context: context)
        case .quit(let dialog): dialog.view(into: &buffer, area: area, context: context)
        case .recover(let dialog): dialog.view(into: &buffer, area: area, context: context)
        case .addCountry(let dialog): dialog.view(into: &buffer, area: area, context: context)
        case .log(let dialog): dialog.view(into: &buffer, area: area, context: context)
        case .command(let dialog): dialog.view(into: &buffer, area: area, context: context)
        }
    }
}
