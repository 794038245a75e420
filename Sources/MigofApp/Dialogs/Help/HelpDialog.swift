import MigofWidgets

/// The `?` overlay: every binding, the current screen's first, scrollable.
struct HelpDialog: Sendable {
    /// The screen help was opened on; its keys come first.
    let screen: Context
    /// The `:` commands, from `Command.table`, listed after the keys.
    var commands: [(key: String, help: String)] = []
    /// The selected indicator's answer keys, listed first: the framework decides them.
    var answers: (indicator: String, keys: [(key: String, label: String)])?
    /// The store's full path, listed last: the footer shows only its short name.
    var storePath: String?
    var offset = 0

    init(screen: Context, commands: [(key: String, help: String)] = [],
         answers: (indicator: String, keys: [(key: String, label: String)])? = nil, storePath: String? = nil) {
        self.screen = screen
        self.commands = commands
        self.answers = answers
        self.storePath = storePath
    }

    /// Key, help text, and whether the line is a section heading.
    func lines(_ keymap: Keymap) -> [(key: String, help: String, heading: Bool)] {
        var lines: [(key: String, help: String, heading: Bool)] = []
        if let answers {
            lines.append(("Answers to \(answers.indicator)", "", true))
            lines += answers.keys.map { ($0.key, $0.label, false) }
        }
        for section in keymap.sections(for: screen) {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((section.context.rawValue, "", true))
            lines += section.bindings.map { ($0.keyLabel, $0.help, false) }
        }
        if !commands.isEmpty {
            lines += [("", "", false), ("Commands (:)", "", true)]
            lines += commands.map { ($0.key, $0.help, false) }
        }
        if let storePath {
            lines += [("", "", false), ("Store", "", true), ("file", storePath, false)]
        }
        return lines
    }

    /// The modal's size and how many lines show at once.
    static func frame(_ area: Rect, lineCount: Int) -> (width: Int, height: Int, visible: Int) {
        let height = min(area.height, lineCount + 2)
        return (min(area.width, 72), height, max(1, height - 2))
    }

    mutating func update(_ action: Action?, keymap: Keymap, area: Rect) -> Effect? {
        let count = lines(keymap).count
        let visible = Self.frame(area, lineCount: count).visible
        switch action {
        case .dialog(.close)?: return .close
        case .up?: offset -= 1
        case .down?: offset += 1
        case .pageUp?: offset -= visible
        case .pageDown?: offset += visible
        case .top?: offset = 0
        case .bottom?: offset = count
        default: break
        }
        offset = min(max(0, offset), max(0, count - visible))
        return nil
    }

    func view(into buffer: inout Buffer, area: Rect, keymap: Keymap, glyphs: Glyphs) {
        let lines = lines(keymap)
        let frame = Self.frame(area, lineCount: lines.count)
        let visible = frame.visible
        let offset = min(self.offset, max(0, lines.count - visible))
        // Say where the view is when the keymap does not fit, so nobody misses the rest.
        let position = lines.count > visible ? " · \(offset + 1)-\(min(offset + visible, lines.count)) of \(lines.count), ↑↓ scroll" : ""
        let modal = Modal(title: "Keys · Esc closes\(position)", width: frame.width, height: frame.height, glyphs: glyphs)
        let inner = modal.render(into: &buffer, area: area)
        let keyWidth = min(12, inner.width / 3)
        for (row, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            let y = inner.y + row
            if line.heading {
                buffer.put(line.key, x: inner.x, y: y, style: Style(.title, bold: true), maxWidth: inner.width)
            } else {
                buffer.put(line.key, x: inner.x + 1, y: y, style: Style(.accent, bold: true), maxWidth: keyWidth)
                buffer.put(TextWidth.truncate(line.help, to: max(0, inner.width - keyWidth - 2), ellipsis: glyphs.ellipsis),
                           x: inner.x + keyWidth + 2, y: y, style: Style(.text), maxWidth: max(0, inner.width - keyWidth - 2))
            }
        }
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.escape, .char("?"), .char("q")], .dialog(.close), .helpDialog, help: "Close the help"),
        KeyBinding([.up, .char("k")], .up, .helpDialog, help: "Scroll up"),
        KeyBinding([.down, .char("j")], .down, .helpDialog, help: "Scroll down"),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, .helpDialog, help: "Scroll a page up"),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, .helpDialog, help: "Scroll a page down"),
        KeyBinding([.home, .char("g")], .top, .helpDialog, help: "Back to the top"),
    ]
}

extension Context {
    public static let helpDialog = Context("Help")
}
