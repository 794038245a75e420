import MigofCore
import MigofWidgets

/// The audit trail of one country, newest first.
struct LogDialog: Sendable {
    let country: String
    var offset = 0

    func lines(_ document: Document) -> [String] {
        document.store.audit.filter { $0.country == country }.reversed().map { entry in
            var text = "\(entry.time)  \(entry.user)  "
            if let year = entry.year { text += "\(year) " }
            switch entry.change {
            case .score:
                text += "\(entry.indicator ?? "") \(entry.oldScore.map(String.init) ?? "–") → \(entry.newScore.map(String.init) ?? "–")"
            case .note:
                text += "\(entry.indicator ?? "") note: \(entry.newNote.map { "\"\($0)\"" } ?? "cleared")"
            case .rating:
                text += "\(entry.indicator ?? "") rating \(entry.oldScore.map(String.init) ?? "–") → \(entry.newScore.map(String.init) ?? "–")"
            default:
                text += entry.change.rawValue
            }
            return text
        }
    }

    static func frame(_ area: Rect, lineCount: Int) -> (width: Int, height: Int, visible: Int) {
        let height = min(area.height, max(6, lineCount + 4))
        return (min(area.width, 96), height, max(1, height - 2))
    }

    mutating func update(_ action: Action?, document: Document, area: Rect) -> Effect? {
        let count = lines(document).count
        let visible = Self.frame(area, lineCount: count).visible
        switch action {
        case .up?: offset -= 1
        case .down?: offset += 1
        case .pageUp?: offset -= visible
        case .pageDown?: offset += visible
        case .dialog(.close)?: return .close
        default: break
        }
        offset = min(max(0, offset), max(0, count - visible))
        return nil
    }

    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let document = context.document, frame = DialogFrame(glyphs: context.glyphs)
        let lines = lines(document)
        let name = document.store.countries[country]?.name ?? country
        let pending = document.touched.contains(country) && document.isModified ? " · unsaved changes not yet logged" : ""
        let size = Self.frame(area, lineCount: lines.count)
        let inner = frame.box("Audit log · \(name) · \(lines.count) saved change\(lines.count == 1 ? "" : "s")\(pending)",
                              width: size.width, height: size.height, into: &buffer, area: area)
        guard !lines.isEmpty else {
            frame.line("No saved change yet. Scores saved with s are logged here.", into: &buffer, inner, row: 0, style: Style(.muted))
            return
        }
        let visible = max(1, inner.height)
        let start = min(offset, max(0, lines.count - visible))
        for (row, text) in lines.dropFirst(start).prefix(visible).enumerated() {
            frame.line(text, into: &buffer, inner, row: row, style: Style(.text))
        }
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .up, .log, help: "Scroll up"),
        KeyBinding([.down, .char("j")], .down, .log, help: "Scroll down"),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, .log, help: "Scroll a page up"),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, .log, help: "Scroll a page down"),
        KeyBinding([.escape, .char("q"), .char("L")], .dialog(.close), .log, help: "Close the log"),
    ]
}

extension Context {
    public static let log = Context("Audit log")
}
