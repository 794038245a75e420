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

    /// The message as printed; control characters quoted from the file (or its name) are shown
    /// as visible escapes, so a hostile file cannot rewrite the terminal through its errors.
    public var description: String {
        let text: String
        if line == 0 {
            text = "\(path): \(message)"
        } else if column == 0 {
            text = "\(path):\(line): \(message)"
        } else {
            text = "\(path):\(line):\(column): \(message)"
        }
        return ControlText.visible(text)
    }
}
