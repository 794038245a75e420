extension Edit {
    /// The edit as a JSON object, for the journal.
    func jsonValue(framework: Framework) -> JSONValue {
        // Answers are written as option values, as in the store.
        func text(_ answer: Int, _ id: String) -> JSONValue {
            .number(AnswerOption.text(of: framework.value(ofAnswer: answer, of: id) ?? Double(answer)))
        }
        func score(_ answer: Int?, _ id: String) -> JSONValue { answer.map { text($0, id) } ?? .null }
        func scores(_ values: IDMap<Int>) -> JSONValue {
            .obj(framework.indicatorIDs.compactMap { id in values[id].map { (id, text($0, id)) } })
        }
        switch self {
        case let .score(country, year, indicator, old, new):
            return .obj([("op", .string("score")), ("country", .string(country)), ("year", .int(year)),
                         ("indicator", .string(indicator)), ("old", score(old, indicator)), ("new", score(new, indicator))])
        case let .note(country, year, indicator, old, new):
            return .obj([("op", .string("note")), ("country", .string(country)), ("year", .int(year)),
                         ("indicator", .string(indicator)), ("old", old.map { .string($0) } ?? .null),
                         ("new", new.map { .string($0) } ?? .null)])
        case let .scores(country, year, old, new):
            return .obj([("op", .string("scores")), ("country", .string(country)), ("year", .int(year)),
                         ("old", scores(old)), ("new", scores(new))])
        case let .assessment(country, year, old, new):
            return .obj([("op", .string("assessment")), ("country", .string(country)), ("year", .int(year)),
                         ("old", old?.jsonValue(framework: framework) ?? .null),
                         ("new", new?.jsonValue(framework: framework) ?? .null)])
        case let .country(code, old, new):
            return .obj([("op", .string("country")), ("country", .string(code)),
                         ("old", old?.jsonValue(framework: framework) ?? .null),
                         ("new", new?.jsonValue(framework: framework) ?? .null)])
        case let .conflict(conflict, resolving, old, new):
            return .obj([("op", .string("conflict")), ("country", .string(conflict.country)), ("resolving", .bool(resolving)),
                         ("conflict", conflict.jsonValue(framework: framework)),
                         ("old", old.jsonValue(key: conflict.key, framework: framework)),
                         ("new", new.jsonValue(key: conflict.key, framework: framework))])
        }
    }
}

extension StoreDecoder {
    /// Reads an edit written by `Edit.jsonValue`, checking its values like the store's.
    mutating func decodeEdit(_ node: JSONNode) -> Edit? {
        guard let fields = reader.object(node, "an edit") else { return nil }
        func member(_ key: String) -> JSONNode? { fields.first { $0.key == key }?.value }
        guard let op = member("op").flatMap({ reader.string($0, "op") }),
              let country = member("country").flatMap({ reader.string($0, "country") }) else {
            reader.fail(node.position, "an edit needs 'op' and 'country'")
            return nil
        }
        let year = member("year").flatMap { reader.integer($0, "year", in: 1900...2200) }
        let old = member("old"), new = member("new")
        let indicator = member("indicator").flatMap { reader.string($0, "indicator") }
        func optionalScore(_ node: JSONNode?, _ reader: inout NodeReader) -> Int? {
            guard let node, !node.isNull else { return nil }
            return StoreDecoder.answer(node, of: indicator ?? "", "answer of \(indicator ?? "?")", framework, &reader)
        }
        func scores(_ node: JSONNode?, _ reader: inout NodeReader) -> IDMap<Int> {
            var result = IDMap<Int>()
            for entry in node.flatMap({ reader.object($0, "scores") }) ?? [] {
                if let value = StoreDecoder.answer(entry.value, of: entry.key, "answer of \(entry.key)", framework, &reader) { result[entry.key] = value }
            }
            return result
        }
        switch op {
        case "score", "note":
            guard let year, let indicator else { return nil }
            if op == "score" {
                return .score(country: country, year: year, indicator: indicator,
                              old: optionalScore(old, &reader), new: optionalScore(new, &reader))
            }
            let oldNote = old.flatMap { $0.isNull ? nil : reader.string($0, "old note") }
            let newNote = new.flatMap { $0.isNull ? nil : reader.string($0, "new note") }
            return .note(country: country, year: year, indicator: indicator, old: oldNote, new: newNote)
        case "scores":
            guard let year else { return nil }
            return .scores(country: country, year: year, old: scores(old, &reader), new: scores(new, &reader))
        case "assessment":
            guard let year else { return nil }
            let before = old.flatMap { $0.isNull ? nil : decodeAssessment($0, "\(country) \(year)") }
            let after = new.flatMap { $0.isNull ? nil : decodeAssessment($0, "\(country) \(year)") }
            return .assessment(country: country, year: year, old: before, new: after)
        case "country":
            let before = old.flatMap { $0.isNull ? nil : decodeCountry(country, $0) }
            let after = new.flatMap { $0.isNull ? nil : decodeCountry(country, $0) }
            return .country(code: country, old: before, new: after)
        case "conflict":
            guard let record = member("conflict").flatMap({ decodeConflict($0) }), let old, let new,
                  case .bool(let resolving)? = member("resolving")?.value,
                  let before = decodeConflictValue(old, field: record.field, key: record.key, country: record.country, what: "old"),
                  let after = decodeConflictValue(new, field: record.field, key: record.key, country: record.country, what: "new")
            else { return nil }
            return .conflict(record, resolving: resolving, old: before, new: after)
        default:
            reader.fail(node.position, "unknown edit '\(op)'")
            return nil
        }
    }
}
