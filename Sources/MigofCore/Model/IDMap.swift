/// A small map from framework ids (indicator ids such as `P1.1`, area ids such as `O2`) to
/// values: what an assessment keeps its scores, notes and published area ratings in.
///
/// It reads like a `Dictionary` (subscript, `keys`, `values`, `isEmpty`, literals, equality
/// regardless of order) but stores two plain arrays. An assessment holds a few dozen entries,
/// for which a hash table costs several times the entries themselves; a store of 20,000
/// entities holds 40,000 assessments. Keys in framework order can also share one array with
/// every other assessment (see `init(sharingKeys:values:)`), so a fully scored assessment
/// costs little more than its scores. Lookups scan the keys, which for a few dozen short ids
/// is about as fast as hashing one.
public struct IDMap<Value> {
    private var storedKeys: [String]
    private var storedValues: [Value]

    /// An empty map.
    public init() {
        storedKeys = []
        storedValues = []
    }

    /// A map of `keys[i]` to `values[i]`; `keys` must not repeat. Passing the same `keys`
    /// array to many maps stores it once (until one of them adds or removes a key).
    public init(sharingKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "one value per key")
        storedKeys = keys
        storedValues = values
    }

    /// The keys, in the order they were added.
    public var keys: [String] { storedKeys }
    /// The values, in the order of `keys`.
    public var values: [Value] { storedValues }
    public var count: Int { storedKeys.count }
    public var isEmpty: Bool { storedKeys.isEmpty }

    /// The value for `key`; assigning nil removes the entry.
    public subscript(key: String) -> Value? {
        get { index(of: key).map { storedValues[$0] } }
        set {
            if let index = index(of: key) {
                if let newValue {
                    storedValues[index] = newValue
                } else {
                    storedKeys.remove(at: index)
                    storedValues.remove(at: index)
                }
            } else if let newValue {
                storedKeys.append(key)
                storedValues.append(newValue)
            }
        }
    }

    /// Removes the entry for `key`, returning its value.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        let old = self[key]
        self[key] = nil
        return old
    }

    /// The value for `key`, trying position `hint` first: callers that walk the framework in
    /// order pass the id's position there, which is where maps in framework order keep it.
    func value(forKey key: String, hint: Int) -> Value? {
        if hint < storedKeys.count, storedKeys[hint] == key { return storedValues[hint] }
        return self[key]
    }

    private func index(of key: String) -> Int? {
        storedKeys.firstIndex(of: key)
    }
}

extension IDMap: Sendable where Value: Sendable {}

extension IDMap: Equatable where Value: Equatable {
    /// Equal when both hold the same keys with the same values, in any order.
    public static func == (lhs: IDMap, rhs: IDMap) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.storedKeys == rhs.storedKeys { return lhs.storedValues == rhs.storedValues }
        return zip(lhs.storedKeys, lhs.storedValues).allSatisfy { rhs[$0.0] == $0.1 }
    }
}

extension IDMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }
}

extension IDMap: Sequence {
    /// Entries as `(key:value:)` pairs, like a dictionary's, in the order of `keys`.
    public func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var index = 0
        let keys = storedKeys
        let values = storedValues
        return AnyIterator {
            guard index < keys.count else { return nil }
            defer { index += 1 }
            return (keys[index], values[index])
        }
    }
}

extension IDMap: CustomStringConvertible {
    public var description: String {
        "[" + zip(storedKeys, storedValues).map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "]"
    }
}
