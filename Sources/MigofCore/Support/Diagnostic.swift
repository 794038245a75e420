/// One problem found in an input file, reported as `path:line:column: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// 1-based; 0 when the problem concerns the file as a whole.
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if line == 0 { return "\(path): \(message)" }
        if column == 0 { return "\(path):\(line): \(message)" }
        return "\(path):\(line):\(column): \(message)"
    }
}
