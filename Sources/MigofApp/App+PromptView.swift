import MigofCore
import MigofWidgets

extension App {
    /// Draws the open dialog over the screen.
    func drawPrompt(_ prompt: Prompt, into buffer: inout Buffer, area: Rect) {
        switch prompt {
        case .note(let code, let year, let indicator, let input):
            let name = framework.indicator(indicator)?.name ?? indicator
            let inner = dialog("Note · \(indicator) \(name) · \(code) \(year)", width: 76, height: 6, into: &buffer, area: area)
            line("Evidence, a source, a law's name:", into: &buffer, inner, row: 0, style: Style(.muted))
            input.render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), style: Style(.text, underline: true))
            line("Enter keeps · Esc cancels · \(input.text.count)/\(input.maxLength ?? 0)", into: &buffer, inner, row: 3, style: Style(.muted))
        case .newYear(let code, let input):
            let inner = dialog("New assessment year · \(store.countries[code]?.name ?? code)", width: 52, height: 6, into: &buffer, area: area)
            line("Year (four digits):", into: &buffer, inner, row: 0, style: Style(.text))
            input.render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 1, width: 8, height: 1), style: Style(.text, underline: true))
            line("Enter adds · Esc cancels", into: &buffer, inner, row: 3, style: Style(.muted))
        case .confirm(let confirmation):
            let text = question(confirmation)
            let lines = Self.wrap(text, width: 56, lines: 4, ellipsis: glyphs.ellipsis)
            let inner = dialog("Confirm", width: 60, height: lines.count + 4, into: &buffer, area: area)
            for (row, text) in lines.enumerated() { line(text, into: &buffer, inner, row: row, style: Style(.text)) }
            line("y yes · n no", into: &buffer, inner, row: lines.count + 1, style: Style(.accent, bold: true))
        case .quit:
            let count = history.count
            let inner = dialog("Unsaved changes", width: 58, height: 6, into: &buffer, area: area)
            line("\(count) change\(count == 1 ? "" : "s") since the last save.", into: &buffer, inner, row: 0, style: Style(.text))
            line("s save and quit · d discard and quit · Esc cancel", into: &buffer, inner, row: 2, style: Style(.accent, bold: true))
        case .recover(let contents):
            let inner = dialog("Recover unsaved edits?", width: 70, height: 8, into: &buffer, area: area)
            line("The journal holds \(Self.describe(contents)).", into: &buffer, inner, row: 0, style: Style(.text))
            line("A previous migof ended without saving them (crash, kill, lost connection).", into: &buffer, inner, row: 1, style: Style(.muted))
            if contents.ignoredPartialLine {
                line("Its last line was cut mid-write and will be ignored.", into: &buffer, inner, row: 2, style: Style(.warning))
            }
            if !contents.skipped.isEmpty {
                let lines = contents.skipped.map { String($0.line) }.joined(separator: ", ")
                line("Unreadable line\(contents.skipped.count == 1 ? "" : "s") \(lines) will be skipped.", into: &buffer, inner, row: 3, style: Style(.warning))
            }
            line("r recover · d set aside (kept as a file) · q quit", into: &buffer, inner, row: 4, style: Style(.accent, bold: true))
        case .addCountry(let input, let list):
            let candidates = addableCountries(matching: input.text)
            let height = min(area.height, 18)
            let inner = dialog("Add a country · \(candidates.count) in the ISO catalogue", width: 60, height: height, into: &buffer, area: area)
            input.render(into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), style: Style(.text, underline: true))
            let listArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
            ListView(count: candidates.count, state: list) { index, buffer, row in
                let country = candidates[index]
                let text = "\(country.iso3)  \(country.name)  \(country.region)"
                buffer.put(TextWidth.truncate(text, to: row.width, ellipsis: self.glyphs.ellipsis), x: row.x, y: row.y,
                           style: Style(.text), maxWidth: row.width)
            }.render(into: &buffer, area: listArea)
        case .log(let code, let offset):
            drawLog(code, offset: offset, into: &buffer, area: area)
        }
    }

    private func drawLog(_ code: String, offset: Int, into buffer: inout Buffer, area: Rect) {
        let entries = store.audit.filter { $0.country == code }.reversed()
        let lines: [String] = entries.map { entry in
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
        let name = store.countries[code]?.name ?? code
        let pending = touched.contains(code) && isModified ? " · unsaved changes not yet logged" : ""
        let height = min(area.height, max(6, lines.count + 4))
        let inner = dialog("Audit log · \(name) · \(lines.count) saved change\(lines.count == 1 ? "" : "s")\(pending)",
                           width: min(area.width, 96), height: height, into: &buffer, area: area)
        guard !lines.isEmpty else {
            line("No saved change yet. Scores saved with s are logged here.", into: &buffer, inner, row: 0, style: Style(.muted))
            return
        }
        let visible = max(1, inner.height)
        let start = min(offset, max(0, lines.count - visible))
        for (row, text) in lines.dropFirst(start).prefix(visible).enumerated() {
            line(text, into: &buffer, inner, row: row, style: Style(.text))
        }
    }

    /// A centred modal; returns its inner area.
    private func dialog(_ title: String, width: Int, height: Int, into buffer: inout Buffer, area: Rect) -> Rect {
        Modal(title: title, width: min(width, area.width), height: min(height, area.height), glyphs: glyphs)
            .render(into: &buffer, area: area)
    }

    private func line(_ text: String, into buffer: inout Buffer, _ inner: Rect, row: Int, style: Style) {
        guard row < inner.height else { return }
        buffer.put(TextWidth.truncate(text, to: inner.width, ellipsis: glyphs.ellipsis), x: inner.x, y: inner.y + row,
                   style: style, maxWidth: inner.width)
    }
}
