import MigofWidgets

/// A centred modal and its lines, shared by the dialogs.
struct DialogFrame {
    let glyphs: Glyphs

    /// Draws a modal of at most `width` x `height` in `area`; returns its inner area.
    func box(_ title: String, width: Int, height: Int, into buffer: inout Buffer, area: Rect) -> Rect {
        Modal(title: title, width: min(width, area.width), height: min(height, area.height), glyphs: glyphs)
            .render(into: &buffer, area: area)
    }

    /// One line of text at `row` of `inner`, cut to fit.
    func line(_ text: String, into buffer: inout Buffer, _ inner: Rect, row: Int, style: Style) {
        guard row < inner.height else { return }
        buffer.put(TextWidth.truncate(text, to: inner.width, ellipsis: glyphs.ellipsis), x: inner.x, y: inner.y + row,
                   style: style, maxWidth: inner.width)
    }
}
