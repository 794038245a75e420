import MigofCore
import MigofWidgets

extension CountryPicker {
    /// The country picker as a dialog: the search field, a count, and the matching countries.
    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        let glyphs = context.glyphs, store = context.document.store, picker = self
        let title: String
        switch purpose {
        case .compareWith(let code): title = "Compare \(store.countries[code]?.name ?? code) with\(glyphs.ellipsis)"
        case .replaceB(let now): title = "New side B (now \(now))"
        }
        let frame = Self.frame(area)
        let modal = Modal(title: title, width: frame.width, height: frame.height, glyphs: glyphs)
        let inner = modal.render(into: &buffer, area: area)
        guard inner.height >= 1, inner.width >= 8 else { return }
        var x = inner.x
        x += buffer.put("Find: ", x: x, y: inner.y, style: Style(.accent, bold: true))
        picker.input.render(into: &buffer, area: Rect(x: x, y: inner.y, width: max(0, inner.maxX - x), height: 1),
                            style: Style(.text, underline: true), showsCursor: true)
        guard inner.height >= 2 else { return }
        let count = "\(picker.matches.count) of \(store.countries.count) · ↑↓ choose · Enter compare · Esc cancel"
        buffer.put(TextWidth.truncate(count, to: inner.width, ellipsis: glyphs.ellipsis), x: inner.x, y: inner.y + 1,
                   style: Style(.muted), maxWidth: inner.width)
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
        guard list.height > 0 else { return }
        if picker.matches.isEmpty {
            buffer.put("No country matches. Backspace widens the search.", x: list.x, y: list.y, style: Style(.muted), maxWidth: list.width)
            return
        }
        let shown = Cells.window(picker.list, count: picker.matches.count, visible: list.height)
        for (line, index) in shown.rows.enumerated() {
            let code = picker.matches[index]
            let row = Rect(x: list.x, y: list.y + line, width: list.width, height: 1)
            let region = store.countries[code]?.region ?? ""
            let regionWidth = min(TextWidth.width(of: region), max(0, row.width / 3))
            buffer.put(code, x: row.x, y: row.y, style: Style(.muted))
            let nameRoom = max(0, row.width - 5 - regionWidth - 1)
            buffer.put(TextWidth.truncate(store.countries[code]?.name ?? code, to: nameRoom, ellipsis: glyphs.ellipsis),
                       x: row.x + 5, y: row.y, style: Style(.text), maxWidth: nameRoom)
            buffer.put(TextWidth.truncate(region, to: regionWidth, ellipsis: glyphs.ellipsis), x: row.maxX - regionWidth, y: row.y,
                       style: Style(.muted), maxWidth: regionWidth)
            if line == shown.state.selected { buffer.setStyle(row, Style(.selection)) }
        }
    }
}
