import MigofCore
import MigofWidgets

/// Asking for a new assessment year (a new round) for a country.
struct NewYearDialog: Sendable {
    let country: String
    var input: TextInput = {
        var input = TextInput(maxLength: 4)
        input.digitsOnly = true
        return input
    }()

    mutating func update(_ key: Key, action: Action?, document: Document) -> Effect? {
        switch action {
        case .dialog(.cancel)?:
            return .close
        case .open?:
            let text = input.text
            guard let value = Int(text), text.count == 4, (1900...2200).contains(value) else {
                return .message("a year has four digits, 1900 to 2200")
            }
            let name = document.store.countries[country]?.name ?? country
            guard document.store.countries[country]?.assessments[value] == nil else { return .message("\(name) already has \(value)") }
            return .all([.close, .commit(.assessment(country: country, year: value, old: nil, new: Assessment())), .setYear(value),
                         .message("added \(value) for \(name); P copies the previous year's scores")])
        default:
            _ = input.handle(key)
            // A letter (or a fifth digit) is refused as typed, and the status says why.
            if input.refusal != nil { return .message("a year has four digits, 1900 to 2200") }
            return nil
        }
    }

    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let frame = DialogFrame(glyphs: context.glyphs)
        let name = context.document.store.countries[country]?.name ?? country
        let inner = frame.box("New assessment year · \(name)", width: 52, height: 6, into: &buffer, area: area)
        frame.line("Year (four digits):", into: &buffer, inner, row: 0, style: Style(.text))
        input.render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 1, width: 8, height: 1), style: Style(.text, underline: true))
        frame.line("Enter adds · Esc cancels", into: &buffer, inner, row: 3, style: Style(.muted))
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .newYear, help: "Add the year and show it"),
        KeyBinding([.escape], .dialog(.cancel), .newYear, help: "Cancel"),
    ]
}

extension Context {
    public static let newYear = Context("New assessment year")
}
