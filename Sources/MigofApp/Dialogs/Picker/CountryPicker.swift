import MigofCore
import MigofWidgets

/// The modal that asks for a country, narrowing the list with each keystroke.
struct CountryPicker: Sendable {
    /// What the chosen country is for.
    enum Purpose: Sendable {
        /// Side B of a new comparison whose side A is this country (ISO3).
        case compareWith(String)
        /// A new side B for the comparison on top of the stack, now showing `now`.
        case replaceB(now: String)
    }

    var purpose: Purpose
    var input = TextInput(maxLength: 60)
    var list = ListState()
    /// ISO3 codes matching the input, best first.
    var matches: [String] = []

    init(purpose: Purpose, document: Document) {
        self.purpose = purpose
        matches = document.countries.matches("")
    }

    /// The modal's size, and the list's rows under the field and the count line.
    static func frame(_ area: Rect) -> (width: Int, height: Int, visible: Int) {
        let height = min(area.height, 18)
        return (min(area.width, 60), height, max(1, height - 4))
    }

    /// Typing narrows the list, arrows choose, Enter picks, Esc cancels.
    mutating func update(_ key: Key, action: Action?, document: Document, area: Rect) -> Effect? {
        let visible = Self.frame(area).visible
        switch action {
        case .up?, .down?, .pageUp?, .pageDown?:
            list.perform(action!, count: matches.count, visible: visible)
            return nil
        case .dialog(.cancel)?:
            return .close
        case .open?:
            guard matches.indices.contains(list.selected) else { return .message("no country matches '\(input.text)'") }
            return .all([.close, .picked(matches[list.selected], purpose)])
        case .nextFocus?, .previousFocus?:
            return nil
        default:
            if case .editing = input.handle(key) {
                matches = document.countries.matches(input.text)
                list = ListState()
            }
            return nil
        }
    }

    /// The wheel moves the list of the picker, never the screen under it.
    mutating func scroll(by step: Int, area: Rect) {
        list.move(by: step, count: matches.count, visible: Self.frame(area).visible)
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.up], .up, .picker, help: "Previous country"),
        KeyBinding([.down], .down, .picker, help: "Next country"),
        KeyBinding([.pageUp], .pageUp, .picker, help: "Page up"),
        KeyBinding([.pageDown], .pageDown, .picker, help: "Page down"),
        KeyBinding([.enter], .open, .picker, help: "Choose the selected country"),
        KeyBinding([.escape], .dialog(.cancel), .picker, help: "Cancel (other keys type the search)"),
        KeyBinding([.tab, .backTab], .nextFocus, .picker, help: "Ignored, so a stray Tab types nothing"),
    ]
}

extension Context {
    public static let picker = Context("Country picker")
}
