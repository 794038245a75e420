/// One column of a ``Table``.
public struct TableColumn: Hashable, Sendable {
    /// Header text.
    public var title: String
    /// How much of the table's width the column takes.
    public var width: Constraint
    /// How cell text and the title sit in the column.
    public var alignment: Alignment

    /// Creates a column.
    public init(title: String, width: Constraint, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
