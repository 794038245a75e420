/// Walks a parsed JSON tree and collects every problem with its position,
/// so one run of `migof validate` reports all errors, not just the first.
struct NodeReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    mutating func fail(_ position: JSONPosition, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: position.line, column: position.column, message: message))
    }

    /// The members of an object; rejects duplicate keys and, when `allowed` is given, unknown ones.
    mutating func object(_ node: JSONNode, _ what: String, allowed: Set<String>? = nil) -> [JSONMember]? {
        guard case .object(let members) = node.value else {
            fail(node.position, "\(what) must be an object")
            return nil
        }
        var seen: [String: JSONPosition] = [:]
        var kept: [JSONMember] = []
        for member in members {
            if let first = seen[member.key] {
                fail(member.keyPosition, "duplicate key '\(member.key)' in \(what) (first at \(first))")
                continue
            }
            seen[member.key] = member.keyPosition
            if let allowed, !allowed.contains(member.key) {
                fail(member.keyPosition, "unknown field '\(member.key)' in \(what)")
                continue
            }
            kept.append(member)
        }
        return kept
    }

    mutating func array(_ node: JSONNode, _ what: String) -> [JSONNode]? {
        guard case .array(let items) = node.value else {
            fail(node.position, "\(what) must be an array")
            return nil
        }
        return items
    }

    /// A string value; one holding a control character is refused (see ``ControlText``).
    mutating func string(_ node: JSONNode, _ what: String) -> String? {
        guard case .string(let text) = node.value else {
            fail(node.position, "\(what) must be a string")
            return nil
        }
        if let problem = ControlText.problem(in: text, what: what) {
            fail(node.position, problem)
            return nil
        }
        return text
    }

    /// An integer within `range`; 2.5, 1e3, strings and out-of-range values are refused by name.
    mutating func integer(_ node: JSONNode, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let raw) = node.value else {
            fail(node.position, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(node.value.briefDescription)")
            return nil
        }
        guard let value = Int(raw), range.contains(value) else {
            fail(node.position, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(raw)")
            return nil
        }
        return value
    }

    /// Any JSON number, as a `Double`; strings and other values are refused by name.
    mutating func number(_ node: JSONNode, _ what: String) -> Double? {
        guard case .number(let raw) = node.value, let value = Double(raw), value.isFinite else {
            fail(node.position, "\(what) must be a number, got \(node.value.briefDescription)")
            return nil
        }
        return value
    }

    /// A required member, reported at the object's position when missing.
    mutating func required(_ members: [JSONMember], _ key: String, in what: String, at position: JSONPosition) -> JSONNode? {
        if let member = members.first(where: { $0.key == key }) { return member.value }
        fail(position, "\(what) is missing '\(key)'")
        return nil
    }
}

extension JSONValue {
    /// A short rendering of a value for error messages.
    var briefDescription: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let raw): return raw
        case .string(let text): return text.count > 20 ? "a string" : "\"\(text)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
