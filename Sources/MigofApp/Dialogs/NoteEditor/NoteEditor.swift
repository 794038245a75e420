import MigofCore
import MigofWidgets

/// Editing the note of one indicator: evidence, a source, a law's name.
struct NoteEditor: Sendable {
    let target: ScoreTarget
    var input: TextInput

    mutating func update(_ key: Key, action: Action?, document: Document) -> Effect? {
        switch action {
        case .dialog(.cancel)?:
            return .all([.close, .message("note unchanged")])
        case .open?:
            let old = document.store.countries[target.country]?.assessments[target.year]?.notes[target.indicator]
            let text = input.text
            let new = text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
            guard old != new else { return .all([.close, .message("note unchanged")]) }
            return .all([.close, .commit(.note(country: target.country, year: target.year, indicator: target.indicator, old: old, new: new))])
        default:
            _ = input.handle(key)
            // Said, not silently ignored: the key typed nothing because the note is full.
            if input.refusal == .full { return .message("a note holds at most \(input.maxLength ?? 0) characters") }
            return nil
        }
    }

    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let frame = DialogFrame(glyphs: context.glyphs)
        let name = context.framework.indicator(target.indicator)?.name ?? target.indicator
        let inner = frame.box("Note · \(target.indicator) \(name) · \(target.country) \(target.year)", width: 76, height: 6,
                              into: &buffer, area: area)
        frame.line("Evidence, a source, a law's name:", into: &buffer, inner, row: 0, style: Style(.muted))
        input.render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), style: Style(.text, underline: true))
        frame.line("Enter keeps · Esc cancels · \(input.text.count)/\(input.maxLength ?? 0)", into: &buffer, inner, row: 3, style: Style(.muted))
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .noteEditor, help: "Keep the note (an empty note clears it)"),
        KeyBinding([.escape], .dialog(.cancel), .noteEditor, help: "Cancel, leaving the note as it was"),
    ]
}

extension Context {
    public static let noteEditor = Context("Note editor")
}
