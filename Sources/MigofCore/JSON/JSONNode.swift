/// A JSON value together with the position where it starts in the source text.
///
/// Positions are kept on every node so that callers validating a document can report
/// semantic problems (wrong type, missing field) at the right place, not just syntax errors.
public struct JSONNode: Equatable, Sendable {
    /// The value itself; container values hold further nodes.
    public var value: JSONValue
    /// Where the value's first character is in the source.
    public var position: JSONPosition

    /// Creates a node; values built in code typically use `JSONPosition(line: 0, column: 0)`.
    public init(value: JSONValue, position: JSONPosition) {
        self.value = value
        self.position = position
    }

    /// The string, if this node is a string.
    public var string: String? { value.string }
    /// The boolean, if this node is `true` or `false`.
    public var bool: Bool? { value.bool }
    /// The raw number literal, if this node is a number.
    public var number: String? { value.number }
    /// The number as an `Int`, if it is written as an integer literal that fits.
    public var integer: Int? { value.integer }
    /// The elements, if this node is an array.
    public var array: [JSONNode]? { value.array }
    /// The members in file order, if this node is an object.
    public var object: [JSONMember]? { value.object }
    /// Whether this node is `null`.
    public var isNull: Bool { value.isNull }

    /// The first member named `key`, if this node is an object that has one.
    public func member(_ key: String) -> JSONMember? { value.member(key) }
}
