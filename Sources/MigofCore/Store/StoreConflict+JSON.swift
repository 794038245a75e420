/// How the `conflicts` section and the one-line audit entries are written.
extension StoreConflict {
    /// The conflict as one line of the `conflicts` section.
    func jsonValue(framework: Framework) -> JSONValue {
        func stamp(_ s: Stamp?, _ part: KeyPath<Stamp, String>) -> JSONValue { s.map { .string($0[keyPath: part]) } ?? .null }
        return .obj([
            ("id", .int(id)), ("country", .string(country)), ("year", year.map(JSONValue.int) ?? .null),
            ("field", .string(field.rawValue)), ("key", key.map { .string($0) } ?? .null),
            ("base", base.jsonValue(key: key, framework: framework)),
            ("ours", ours.jsonValue(key: key, framework: framework)),
            ("theirs", theirs.jsonValue(key: key, framework: framework)),
            ("oursUser", stamp(oursBy, \.user)), ("oursTime", stamp(oursBy, \.time)),
            ("theirsUser", stamp(theirsBy, \.user)), ("theirsTime", stamp(theirsBy, \.time)),
        ])
    }

    /// The fields a conflict line has, every one always present.
    static let fields: Set<String> = ["id", "country", "year", "field", "key", "base", "ours", "theirs",
                                      "oursUser", "oursTime", "theirsUser", "theirsTime"]
}

extension ConflictValue {
    /// The value as the store writes it in that place: answers as option values, ratings,
    /// years and countries as the objects `countries` holds (a country without its audit).
    func jsonValue(key: String?, framework: Framework) -> JSONValue {
        switch self {
        case .score(let answer):
            guard let answer, let key, let value = framework.value(ofAnswer: answer, of: key) else { return .null }
            return .number(AnswerOption.text(of: value))
        case .note(let text), .text(let text):
            return text.map { .string($0) } ?? .null
        case .reported(let rating):
            return rating?.jsonValue ?? .null
        case .assessment(let assessment):
            return assessment?.jsonValue(framework: framework) ?? .null
        case .country(let country):
            return country?.jsonValue(framework: framework, audit: []) ?? .null
        }
    }
}
