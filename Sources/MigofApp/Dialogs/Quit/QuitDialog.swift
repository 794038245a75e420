import MigofCore
import MigofWidgets

/// Quitting with unsaved changes: save, discard or cancel.
struct QuitDialog: Sendable {
    /// The exit status once quit: 0 after `q`, 130 after Ctrl-C.
    let status: Int32

    mutating func update(_ action: Action?) -> Effect? {
        switch action {
        case .dialog(.saveAndQuit)?: return .all([.close, .save, .quitIfSaved(status)])
        case .dialog(.discardAndQuit)?: return .all([.close, .discardAndQuit(status)])
        case .dialog(.cancel)?: return .close
        default: return nil
        }
    }

    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let frame = DialogFrame(glyphs: context.glyphs)
        // The net difference from the saved store: an edit and its undo cancel out.
        let count = context.document.history.unsavedCount
        let inner = frame.box("Unsaved changes", width: 58, height: 6, into: &buffer, area: area)
        frame.line("\(count) change\(count == 1 ? "" : "s") since the last save.", into: &buffer, inner, row: 0, style: Style(.text))
        frame.line("s save and quit · d discard and quit · Esc cancel", into: &buffer, inner, row: 2, style: Style(.accent, bold: true))
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.char("s")], .dialog(.saveAndQuit), .quitDialog, help: "Save, then quit"),
        KeyBinding([.char("d")], .dialog(.discardAndQuit), .quitDialog, help: "Quit without saving (the edits are set aside as a file)"),
        KeyBinding([.char("c"), .escape], .dialog(.cancel), .quitDialog, help: "Cancel: stay in the dashboard"),
    ]
}

extension Context {
    public static let quitDialog = Context("Unsaved changes")
}
