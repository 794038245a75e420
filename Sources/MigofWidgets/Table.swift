/// Rows of cells in aligned columns, with an optional header row, scrolling
/// and a highlighted selected row.
///
/// Columns are laid out with ``Rect/split(_:_:spacing:)`` and cells are
/// aligned by display width, so wide and accented text lines up.
public struct Table: Sendable {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows; missing cells are blank and extra cells are ignored.
    public var rows: [[TableCell]]
    /// Whether the first screen row shows the column titles.
    public var header: Bool
    /// Selection and scroll position; the table shows a clamped copy.
    public var state: ListState
    /// Whether the selected row is highlighted in ``Role/selection``.
    public var showsSelection: Bool
    /// Whether the table's panel has the keyboard. An unfocused table still shows its
    /// selection, dimmed (muted, reversed), so the place is not lost.
    public var focused: Bool
    /// Empty columns between neighbouring columns.
    public var columnSpacing: Int
    /// Supplies the ellipsis for cut text.
    public var glyphs: Glyphs

    /// Creates a table.
    public init(columns: [TableColumn], rows: [[TableCell]], header: Bool = true, state: ListState = ListState(),
                showsSelection: Bool = true, focused: Bool = true, columnSpacing: Int = 1, glyphs: Glyphs = .unicode) {
        self.columns = columns
        self.rows = rows
        self.header = header
        self.state = state
        self.showsSelection = showsSelection
        self.focused = focused
        self.columnSpacing = columnSpacing
        self.glyphs = glyphs
    }

    /// How many data rows fit in `area`; the page size for ``ListState``.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (header ? 1 : 0))
    }

    /// Draws the table into `area`, clearing rows below the last item.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, !columns.isEmpty else { return }
        let slots = area.split(.horizontal, columns.map(\.width), spacing: columnSpacing)
        var y = area.y
        if header {
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Style(.background))
            for (column, slot) in zip(columns, slots) {
                draw(column.title, in: slot, y: y, alignment: column.alignment, style: Style(.title, bold: true), into: &buffer)
            }
            y += 1
        }
        let visible = visibleRowCount(in: area)
        var shown = state
        shown.clamp(count: rows.count, visible: visible)
        for line in 0..<visible {
            let rowArea = Rect(x: area.x, y: y + line, width: area.width, height: 1)
            buffer.fill(rowArea, with: Style(.background))
            let index = shown.offset + line
            guard index < rows.count else { continue }
            for (columnIndex, slot) in slots.enumerated() where columnIndex < rows[index].count {
                let cell = rows[index][columnIndex]
                draw(cell.text, in: slot, y: rowArea.y, alignment: columns[columnIndex].alignment, style: cell.style, into: &buffer)
            }
            if showsSelection, index == shown.selected {
                highlight(rows[index], row: rowArea, slots: slots, into: &buffer)
            }
        }
    }

    /// The selection bar over a row. Focused, its rating cells stay chips of their band's
    /// colour (reversed), so the highlight never hides what the row says.
    private func highlight(_ cells: [TableCell], row: Rect, slots: [Rect], into buffer: inout Buffer) {
        guard focused else {
            buffer.setStyle(row, Style(.muted, reverse: true))
            return
        }
        buffer.setStyle(row, Style(.selection))
        for (cell, slot) in zip(cells, slots) where Self.isRating(cell.style.role) {
            buffer.setStyle(Rect(x: slot.x, y: row.y, width: slot.width, height: 1), Style(cell.style.role, bold: true, reverse: true))
        }
    }

    private static func isRating(_ role: Role) -> Bool {
        role == .rating1 || role == .rating2 || role == .rating3 || role == .rating4
    }

    /// The data row shown at screen row `y` of `area`, for mouse clicks.
    public func rowIndex(atY y: Int, in area: Rect) -> Int? {
        let top = area.y + (header ? 1 : 0)
        guard y >= top, y < area.maxY else { return nil }
        var shown = state
        shown.clamp(count: rows.count, visible: visibleRowCount(in: area))
        let index = shown.offset + (y - top)
        return index < rows.count ? index : nil
    }

    private func draw(_ text: String, in slot: Rect, y: Int, alignment: Alignment, style: Style, into buffer: inout Buffer) {
        guard slot.width > 0 else { return }
        // The row is already cleared, so aligning is an offset, not padding: no string building per cell.
        let fitted = TextWidth.truncate(text, to: slot.width, ellipsis: glyphs.ellipsis)
        let gap = slot.width - TextWidth.width(of: fitted)
        let offset = alignment == .right ? gap : (alignment == .center ? gap / 2 : 0)
        buffer.put(fitted, x: slot.x + offset, y: y, style: style, maxWidth: slot.width - offset)
    }
}
