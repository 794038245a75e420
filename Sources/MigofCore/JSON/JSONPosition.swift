/// A location in a JSON document, used to point users at the exact spot of a value or an error.
///
/// Both numbers are 1-based. The column counts Unicode scalars (not bytes) from the start of
/// the line, so a position stays meaningful to a person looking at the file in an editor.
/// A leading byte order mark is not counted. Values built in code rather than parsed use
/// `line: 0, column: 0`.
public struct JSONPosition: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line number; `\n` (alone or after `\r`) ends a line.
    public var line: Int
    /// The 1-based column, in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position as `line:column`, the form compilers and editors understand.
    public var description: String { "\(line):\(column)" }

    /// The placeholder position for values that were built in code rather than parsed.
    static let synthetic = JSONPosition(line: 0, column: 0)
}
