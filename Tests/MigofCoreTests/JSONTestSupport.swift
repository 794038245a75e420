@testable import MigofCore

/// Helpers shared by the JSON tests.
enum JSONTestSupport {
    /// The value with every position reset, so documents can be compared by content only.
    static func stripped(_ value: JSONValue) -> JSONValue {
        let zero = JSONPosition(line: 0, column: 0)
        switch value {
        case .array(let elements):
            return .array(elements.map { JSONNode(value: stripped($0.value), position: zero) })
        case .object(let members):
            return .object(members.map {
                JSONMember(key: $0.key, keyPosition: zero, value: JSONNode(value: stripped($0.value.value), position: zero))
            })
        default:
            return value
        }
    }

    /// The error from parsing `bytes`, or nil if it parsed.
    static func error(_ bytes: [UInt8]) -> JSONParseError? {
        do throws(JSONParseError) {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// The error from parsing `text`, or nil if it parsed.
    static func error(_ text: String) -> JSONParseError? {
        error(Array(text.utf8))
    }

    /// A small deterministic generator so fuzz-style tests are reproducible.
    struct LCG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }
}
