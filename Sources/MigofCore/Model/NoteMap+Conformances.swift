extension NoteMap: Equatable {
    /// Equal when both hold the same keys with the same notes, in any order.
    public static func == (lhs: NoteMap, rhs: NoteMap) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.keys == rhs.keys { return lhs.values == rhs.values }
        return zip(lhs.keys, lhs.values).allSatisfy { rhs[$0.0] == $0.1 }
    }
}

extension NoteMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }
}

extension NoteMap: Sequence {
    /// Entries as `(key:value:)` pairs, like a dictionary's, in the order of `keys`.
    public func makeIterator() -> AnyIterator<(key: String, value: String)> {
        var pairs = zip(keys, values).makeIterator()
        return AnyIterator { pairs.next().map { (key: $0.0, value: $0.1) } }
    }
}

extension NoteMap: CustomStringConvertible {
    public var description: String {
        "[" + zip(keys, values).map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "]"
    }
}
