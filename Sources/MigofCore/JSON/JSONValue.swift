/// A JSON value as it appears in the source.
///
/// Numbers keep their literal text so that nothing is lost to floating-point conversion
/// (`1e400`, `0.1`, 20-digit integers all round-trip exactly); callers convert when they need
/// a number, e.g. with ``integer``.
public indirect enum JSONValue: Equatable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its raw literal text exactly as written, e.g. `"2"`, `"2.5"`, `"1e400"`.
    case number(String)
    /// A string, with escapes decoded.
    case string(String)
    /// An array of positioned elements.
    case array([JSONNode])
    /// An object's members in file order; duplicate keys are kept.
    case object([JSONMember])

    /// The string, if this is a string.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The boolean, if this is `true` or `false`.
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The raw number literal, if this is a number.
    public var number: String? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The number as an `Int`, only if its literal is a plain integer (optional `-`, digits,
    /// no fraction or exponent) that fits; `2.0` and `2e0` are deliberately not integers so
    /// that a data file cannot smuggle in a value the caller never wrote out.
    public var integer: Int? {
        guard case .number(let raw) = self else { return nil }
        let utf8 = raw.utf8
        var digits = utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(raw)
    }

    /// The elements, if this is an array.
    public var array: [JSONNode]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members in file order, if this is an object.
    public var object: [JSONMember]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The first member named `key`, if this is an object that has one. Duplicates are not
    /// resolved here; callers that care should scan ``object`` themselves.
    public func member(_ key: String) -> JSONMember? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }
    }

    /// Builds an object from literal pairs, e.g. `.obj(["name": .string("x"), "n": .int(2)])`.
    /// Positions are set to `0:0` because the value did not come from a file.
    public static func obj(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { member($0.key, $0.value) })
    }

    /// Builds an object from pairs computed at run time, in the given order.
    public static func obj(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.map { member($0.0, $0.1) })
    }

    /// Builds an array from plain values, with `0:0` positions.
    public static func arr(_ values: [JSONValue]) -> JSONValue {
        .array(values.map { JSONNode(value: $0, position: .synthetic) })
    }

    /// Builds a number from an integer.
    public static func int(_ value: Int) -> JSONValue {
        .number(String(value))
    }

    private static func member(_ key: String, _ value: JSONValue) -> JSONMember {
        JSONMember(key: key, keyPosition: .synthetic, value: JSONNode(value: value, position: .synthetic))
    }
}
