/// A syntax error in a JSON document, with the position of the byte where parsing failed.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the problem is; for a truncated document this is the end of the input.
    public var position: JSONPosition
    /// A short human-readable explanation, without the position.
    public var message: String

    /// Creates an error.
    public init(position: JSONPosition, message: String) {
        self.position = position
        self.message = message
    }

    /// The error as `line:column: message`.
    public var description: String { "\(position): \(message)" }
}
