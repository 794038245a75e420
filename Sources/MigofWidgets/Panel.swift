/// A bordered box with a title in its top edge.
public struct Panel: Sendable {
    /// Shown in the top border, cut with an ellipsis when too long.
    public var title: String
    /// Whether the panel has keyboard focus: drawn with ``Role/focusBorder``,
    /// the heavier ``Glyphs/focusBox`` and a bold title.
    public var focused: Bool
    /// The characters to draw with.
    public var glyphs: Glyphs

    /// Creates a panel.
    public init(title: String = "", focused: Bool = false, glyphs: Glyphs = .unicode) {
        self.title = title
        self.focused = focused
        self.glyphs = glyphs
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the border and title along the edges of `area`; the inside is
    /// left untouched. Areas smaller than 2x2 cannot hold a border and stay
    /// untouched too.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        let box = focused ? glyphs.focusBox : glyphs.box
        let style = Style(focused ? .focusBorder : .border, bold: focused)
        let horizontal = String(repeating: box.horizontal, count: area.width - 2)
        buffer.put(box.topLeft + horizontal + box.topRight, x: area.x, y: area.y, style: style)
        buffer.put(box.bottomLeft + horizontal + box.bottomRight, x: area.x, y: area.maxY - 1, style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.put(box.vertical, x: area.x, y: y, style: style)
            buffer.put(box.vertical, x: area.maxX - 1, y: y, style: style)
        }
        // The title keeps a space on each side so it reads apart from the
        // border, and never covers the corners.
        let room = area.width - 4
        guard !title.isEmpty, room >= 1 else { return }
        let label = TextWidth.truncate(title, to: room, ellipsis: glyphs.ellipsis)
        buffer.put(" " + label + " ", x: area.x + 1, y: area.y, style: Style(.title, bold: focused))
    }
}
