import MigofCore
import MigofWidgets

/// Adding a country from the ISO catalogue, searched as the pickers search.
struct AddCountryDialog: Sendable {
    var input = TextInput(maxLength: 60)
    var list = ListState()

    static func frame(_ area: Rect) -> (width: Int, height: Int, visible: Int) {
        let height = min(area.height, 18)
        return (60, height, max(1, height - 4))
    }

    func candidates(_ document: Document) -> [Country] {
        CountryIndex.addable(document.catalog, store: document.store, matching: input.text)
    }

    mutating func update(_ key: Key, action: Action?, document: Document, area: Rect) -> Effect? {
        switch action {
        case .up?, .down?, .pageUp?, .pageDown?:
            list.perform(action!, count: candidates(document).count, visible: Self.frame(area).visible)
            return nil
        case .dialog(.cancel)?:
            return .close
        case .open?:
            let candidates = candidates(document)
            guard candidates.indices.contains(list.selected) else { return .all([.close, .message("no country matches")]) }
            let country = candidates[list.selected]
            return .all([.close, .commit(.country(code: country.iso3, old: nil, new: country)),
                         .push(.profile(ProfileModel(code: country.iso3))),
                         .message("added \(country.name); Y adds an assessment year")])
        default:
            if case .editing = input.handle(key) { list = ListState() }
            return nil
        }
    }

    mutating func scroll(by step: Int, document: Document, area: Rect) {
        list.move(by: step, count: candidates(document).count, visible: Self.frame(area).visible)
    }

    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let frame = DialogFrame(glyphs: context.glyphs), glyphs = context.glyphs
        let candidates = candidates(context.document)
        let size = Self.frame(area)
        let inner = frame.box("Add a country · \(candidates.count) in the ISO catalogue", width: size.width, height: size.height,
                              into: &buffer, area: area)
        input.render(into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), style: Style(.text, underline: true))
        let listArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
        ListView(count: candidates.count, state: list) { index, buffer, row in
            let country = candidates[index]
            let text = "\(country.iso3)  \(country.name)  \(country.region)"
            buffer.put(TextWidth.truncate(text, to: row.width, ellipsis: glyphs.ellipsis), x: row.x, y: row.y,
                       style: Style(.text), maxWidth: row.width)
        }.render(into: &buffer, area: listArea)
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.up], .up, .addCountry, help: "Previous country"),
        KeyBinding([.down], .down, .addCountry, help: "Next country"),
        KeyBinding([.pageUp], .pageUp, .addCountry, help: "Page up"),
        KeyBinding([.pageDown], .pageDown, .addCountry, help: "Page down"),
        KeyBinding([.enter], .open, .addCountry, help: "Add the selected country"),
        KeyBinding([.escape], .dialog(.cancel), .addCountry, help: "Cancel (other keys type the search)"),
    ]
}

extension Context {
    public static let addCountry = Context("Add a country")
}
