/// A vertical list, one item per row, with the selected row highlighted in
/// ``Role/selection``.
public struct ListView {
    /// Draws item `index` into the one-row `area`.
    public typealias RowRenderer = (_ index: Int, _ buffer: inout Buffer, _ area: Rect) -> Void

    /// Number of items.
    public var count: Int
    /// Selection and scroll position; the view shows a clamped copy, so a
    /// stale state never draws out of range.
    public var state: ListState
    /// Whether the selected row is highlighted.
    public var showsSelection: Bool
    private let row: RowRenderer

    /// A list of plain strings, each cut with `glyphs.ellipsis` to fit.
    public init(items: [String], state: ListState, showsSelection: Bool = true, glyphs: Glyphs = .unicode) {
        self.init(count: items.count, state: state, showsSelection: showsSelection) { index, buffer, area in
            let text = TextWidth.truncate(items[index], to: area.width, ellipsis: glyphs.ellipsis)
            buffer.put(text, x: area.x, y: area.y, style: Style(.text), maxWidth: area.width)
        }
    }

    /// A list whose rows the caller draws; the highlight is applied on top.
    public init(count: Int, state: ListState, showsSelection: Bool = true, row: @escaping RowRenderer) {
        self.count = count
        self.state = state
        self.showsSelection = showsSelection
        self.row = row
    }

    /// Draws the visible rows into `area`, clearing rows below the last item.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var shown = state
        shown.clamp(count: count, visible: area.height)
        for line in 0..<area.height {
            let rowArea = Rect(x: area.x, y: area.y + line, width: area.width, height: 1)
            buffer.fill(rowArea, with: Style(.background))
            let index = shown.offset + line
            guard index < count else { continue }
            row(index, &buffer, rowArea)
            if showsSelection, index == shown.selected {
                buffer.setStyle(rowArea, Style(.selection))
            }
        }
    }

    /// The item shown at screen row `y` of `area`, for mouse clicks.
    public func index(atY y: Int, in area: Rect) -> Int? {
        guard y >= area.y, y < area.maxY else { return nil }
        var shown = state
        shown.clamp(count: count, visible: area.height)
        let index = shown.offset + (y - area.y)
        return index < count ? index : nil
    }
}
