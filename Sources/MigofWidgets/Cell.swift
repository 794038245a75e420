/// One terminal cell of a ``Buffer``.
///
/// A double-width character occupies two cells: the left one holds the
/// grapheme with `width == 2`, the right one is a continuation cell with an
/// empty grapheme and `width == 0`.
public struct Cell: Hashable, Sendable {
    /// One extended grapheme cluster, `" "` for a blank, `""` for a continuation.
    public var grapheme: String
    /// Columns this cell's grapheme covers: 1 or 2, or 0 for a continuation.
    public var width: Int
    /// How the cell is drawn.
    public var style: Style

    /// Creates a cell; the caller vouches that `width` matches `grapheme`.
    public init(grapheme: String, width: Int, style: Style) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = Style(.background)) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    /// The right half of a double-width character drawn in `style`.
    public static func continuation(_ style: Style) -> Cell {
        Cell(grapheme: "", width: 0, style: style)
    }

    /// Whether this is the right half of a double-width character.
    public var isContinuation: Bool { width == 0 }
}
