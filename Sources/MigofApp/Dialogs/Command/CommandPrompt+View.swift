import MigofCore
import MigofWidgets

extension CommandPrompt {
    /// The prompt on the last line of the screen, with the Tab choices on the line above.
    func view(into buffer: inout Buffer, area: Rect, context: ViewContext) {
        guard area.height >= 1, area.width >= 4 else { return }
        let glyphs = context.glyphs
        let line = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
        buffer.fill(line, with: Style(.title))
        let x = line.x + buffer.put(":", x: line.x, y: line.y, style: Style(.accent, bold: true))
        input.render(into: &buffer, area: Rect(x: x, y: line.y, width: max(0, line.maxX - x), height: 1),
                     style: Style(.title), showsCursor: true)
        guard !choices.isEmpty, area.height >= 2 else { return }
        let above = Rect(x: area.x, y: line.y - 1, width: area.width, height: 1)
        buffer.fill(above, with: Style(.background))
        var cursor = above.x
        for (index, choice) in choices.enumerated() {
            let text = " \(choice.label) "
            let width = TextWidth.width(of: text)
            guard cursor + width <= above.maxX else {
                buffer.put(glyphs.ellipsis, x: max(above.x, above.maxX - 1), y: above.y, style: Style(.muted))
                break
            }
            buffer.put(text, x: cursor, y: above.y, style: index == chosen ? Style(.selection) : Style(.muted))
            cursor += width + 1
        }
    }
}
