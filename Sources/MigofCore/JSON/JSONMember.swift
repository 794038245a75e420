/// One `"key": value` pair of a JSON object.
///
/// Objects are stored as member lists rather than dictionaries so that file order is preserved
/// and duplicate keys survive parsing; the caller decides whether duplicates are an error and
/// can point at both occurrences.
public struct JSONMember: Equatable, Sendable {
    /// The decoded key.
    public var key: String
    /// Where the key's opening quote is in the source.
    public var keyPosition: JSONPosition
    /// The member's value and its position.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyPosition: JSONPosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
