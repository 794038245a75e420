import MigofCore
import MigofWidgets

/// Recovering the edits a crashed session left in the journal.
struct RecoverDialog: Sendable {
    let contents: Journal.Contents

    mutating func update(_ action: Action?) -> Effect? {
        switch action {
        case .dialog(.recover)?: return .all([.close, .recover(contents)])
        case .dialog(.setAside)?: return .all([.close, .setJournalAside])
        case .dialog(.quitNow)?: return .all([.close, .quitNow(0)])
        default: return nil
        }
    }

    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let frame = DialogFrame(glyphs: context.glyphs)
        let inner = frame.box("Recover unsaved edits?", width: 70, height: 8, into: &buffer, area: area)
        frame.line("The journal holds \(App.describe(contents)).", into: &buffer, inner, row: 0, style: Style(.text))
        frame.line("A previous migof ended without saving them (crash, kill, lost connection).", into: &buffer, inner, row: 1,
                   style: Style(.muted))
        if contents.ignoredPartialLine {
            frame.line("Its last line was cut mid-write and will be ignored.", into: &buffer, inner, row: 2, style: Style(.warning))
        }
        if !contents.skipped.isEmpty {
            let lines = contents.skipped.map { String($0.line) }.joined(separator: ", ")
            frame.line("Unreadable line\(contents.skipped.count == 1 ? "" : "s") \(lines) will be skipped.", into: &buffer, inner,
                       row: 3, style: Style(.warning))
        }
        frame.line("r recover · d set aside (kept as a file) · q quit", into: &buffer, inner, row: 4, style: Style(.accent, bold: true))
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.char("r")], .dialog(.recover), .recover, help: "Recover the edits (unsaved, undoable)"),
        KeyBinding([.char("d")], .dialog(.setAside), .recover, help: "Set the journal aside as a file"),
        KeyBinding([.char("q")], .dialog(.quitNow), .recover, help: "Quit, leaving the journal as it is"),
    ]
}

extension Context {
    public static let recover = Context("Recovery")
}
