extension TextInput {
    /// Draws the field on the first row of `area` in `style`, with the cursor
    /// cell in reverse video (the terminal cursor stays hidden). When the text
    /// is wider than the field it scrolls so the cursor stays visible: from the
    /// start while the cursor fits there, otherwise with the cursor at the
    /// right edge.
    public func render(into buffer: inout Buffer, area: Rect, style: Style = Style(.text), showsCursor: Bool = true) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, with: style)
        let characters = Array(text)
        let widths = characters.map { max(TextWidth.width(of: $0), 1) }
        let first = showsCursor ? firstVisible(widths: widths, fieldWidth: area.width) : 0
        var cursorStyle = style
        cursorStyle.reverse.toggle()

        var x = area.x
        for index in first..<characters.count where x < area.maxX {
            let cellStyle = showsCursor && index == cursor ? cursorStyle : style
            x += buffer.put(String(characters[index]), x: x, y: area.y, style: cellStyle, maxWidth: area.maxX - x)
        }
        if showsCursor, cursor == characters.count, x < area.maxX {
            buffer.put(" ", x: x, y: area.y, style: cursorStyle)
        }
    }

    private func firstVisible(widths: [Int], fieldWidth: Int) -> Int {
        let cursorWidth = cursor < widths.count ? widths[cursor] : 1
        if widths[..<cursor].reduce(0, +) + cursorWidth <= fieldWidth { return 0 }
        var first = cursor
        var used = cursorWidth
        while first > 0, used + widths[first - 1] <= fieldWidth {
            first -= 1
            used += widths[first]
        }
        return first
    }
}
