/// One cell of a ``Table`` row.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text, cut with an ellipsis when the column is too narrow.
    public var text: String
    /// How the text is drawn (unless the row is selected).
    public var style: Style

    /// Creates a cell.
    public init(_ text: String, style: Style = Style(.text)) {
        self.text = text
        self.style = style
    }

    /// Creates a plain ``Role/text`` cell from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
