/// A grid of styled cells that widgets draw into and a ``Backend`` shows.
///
/// The buffer keeps double-width characters whole: a wide character always
/// has its continuation cell to the right, and any write that would leave
/// half of one behind blanks the other half.
public struct Buffer: Hashable, Sendable {
    /// Columns and rows.
    public let size: Size
    private var cells: [Cell]

    /// A buffer of `size` filled with blank ``Role/background`` cells.
    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank(), count: self.size.width * self.size.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y`; a blank cell outside the buffer, so
    /// callers probing near edges need no bounds checks.
    public subscript(x x: Int, y y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank() }
        return cells[y * size.width + x]
    }

    /// Draws `text` on row `y` starting at column `x` and returns the columns
    /// it advanced (so the next free column is `x` plus the result).
    ///
    /// Drawing stops at the right edge and after `maxWidth` columns. A
    /// double-width character that would be cut there is drawn as one blank
    /// cell instead, never as half a glyph. Columns left of 0 are skipped but
    /// counted. A control character (a line break, tab or escape from data)
    /// is drawn as a space, so it can never reach the terminal and the words
    /// around it stay apart; zero-width graphemes (stray combining marks) are
    /// dropped. Rows outside the buffer draw nothing and return 0.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        var limit = size.width
        if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
        var column = x
        if column >= 0, TextWidth.isPrintableASCII(text) {
            return putASCII(text, x: x, y: y, style: style, limit: limit)
        }
        characters: for character in text {
            // A grapheme a terminal spreads over several cells (`भा`) is drawn cell by cell.
            let pieces = character.unicodeScalars.count == 1
                ? [(text: String(character), width: TextWidth.width(of: character))]
                : TextWidth.cells(of: character)
            for piece in pieces {
                guard column < limit else { break characters }
                let width = piece.width
                if width == 0 { continue }
                let end = column + width
                if column < 0 {
                    // A wide character straddling the left edge shows its right
                    // half at column 0: blank that cell rather than half a glyph.
                    if end > 0, limit > 0 { write(.blank(style), x: 0, y: y) }
                    column = end
                    continue
                }
                if end > limit {
                    write(.blank(style), x: column, y: y)
                    column = limit
                    break characters
                }
                let shown = piece.text.unicodeScalars.first.map(TextWidth.isControl) == true ? " " : piece.text
                write(Cell(grapheme: shown, width: width, style: style), x: column, y: y)
                column = end
            }
        }
        return max(0, min(column, limit) - x)
    }

    /// Fills `rect` (clipped to the buffer) with copies of `cell`. A
    /// double-width cell repeats every two columns; an odd column left over
    /// at the right is blanked.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let unit = cell.width >= 1 && !cell.grapheme.isEmpty ? cell : .blank(cell.style)
        if unit.width == 1 {
            for y in clipped.y..<clipped.maxY {
                for x in clipped.x..<clipped.maxX { write(unit, x: x, y: y) }
            }
        } else {
            let row = String(repeating: unit.grapheme, count: clipped.width / 2 + 1)
            for y in clipped.y..<clipped.maxY {
                put(row, x: clipped.x, y: y, style: unit.style, maxWidth: clipped.width)
            }
        }
    }

    /// Fills `rect` (clipped to the buffer) with blanks in `style`.
    public mutating func fill(_ rect: Rect, with style: Style) {
        fill(rect, with: .blank(style))
    }

    /// Replaces the style of every cell in `rect`, keeping the text, e.g. to
    /// highlight a selected row. A wide character cut by the rectangle's
    /// edge is restyled whole so it never shows two styles.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            var from = clipped.x
            var to = clipped.maxX
            if self[x: from, y: y].isContinuation, from > 0 { from -= 1 }
            if self[x: to - 1, y: y].width == 2, to < size.width { to += 1 }
            for x in from..<to { cells[y * size.width + x].style = style }
        }
    }

    /// The plain text of each row: continuation cells skipped, trailing
    /// spaces trimmed. Meant for golden-file tests and debugging.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !cells[y * size.width + x].isContinuation {
                line += cells[y * size.width + x].grapheme
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Stores `cell` at an in-bounds position as a terminal would, with no clean-up of wide
    /// characters around it: a backend replaying diffs needs exactly what was sent.
    public mutating func store(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        cells[y * size.width + x] = cell
    }

    /// The cells that differ from `previous`, row by row, so a backend can
    /// redraw only those. When the sizes differ every cell is returned.
    public func diff(from previous: Buffer) -> [(x: Int, y: Int, cell: Cell)] {
        var changes: [(x: Int, y: Int, cell: Cell)] = []
        let sameSize = previous.size == size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let index = y * size.width + x
                if !sameSize || previous.cells[index] != cells[index] {
                    changes.append((x, y, cells[index]))
                }
            }
        }
        return changes
    }

    /// Stores one cell of width 1 or 2 at an in-bounds position, first
    /// blanking whatever halves of wide characters it would orphan.
    /// One cell per byte, without grapheme breaking or `wcwidth`: the common case.
    private mutating func putASCII(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int {
        var column = x
        for byte in text.utf8 {
            guard column < limit else { break }
            write(Cell(grapheme: Self.asciiGraphemes[Int(byte)], width: 1, style: style), x: column, y: y)
            column += 1
        }
        return max(0, column - x)
    }

    /// Single-character strings for every ASCII byte, built once.
    private static let asciiGraphemes: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    private mutating func write(_ cell: Cell, x: Int, y: Int) {
        let row = y * size.width
        if cells[row + x].isContinuation, x > 0 {
            cells[row + x - 1] = .blank(cells[row + x - 1].style)
        }
        let covered = x + cell.width - 1
        if cells[row + covered].width == 2, covered + 1 < size.width {
            cells[row + covered + 1] = .blank(cells[row + covered + 1].style)
        }
        cells[row + x] = cell
        if cell.width == 2 {
            cells[row + x + 1] = .continuation(cell.style)
        }
    }
}
