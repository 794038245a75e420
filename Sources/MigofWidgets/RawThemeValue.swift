/// One value inside a role entry, kept with its JSON kind so validation can
/// tell `true` from `1` and report what it found.
enum RawThemeValue: Decodable, CustomStringConvertible {
    case bool(Bool)
    case number(Int)
    case string(String)
    case other

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            self = .other
        }
    }

    var description: String {
        switch self {
        case .bool(let flag): String(flag)
        case .number(let number): String(number)
        case .string(let text): "\"\(text)\""
        case .other: "a value of another kind"
        }
    }
}
