/// What version 3 added to the checked decoder: the `conflicts` section a merge leaves.
extension StoreDecoder {
    mutating func decodeConflicts(_ members: [JSONMember]) -> [StoreConflict] {
        guard let member = members.first(where: { $0.key == "conflicts" }) else { return [] }
        guard version >= 3 else {
            reader.fail(member.keyPosition, "a version \(version) store has no 'conflicts'; version 3 stores do")
            return []
        }
        var conflicts: [StoreConflict] = []
        var ids: Set<Int> = []
        for node in reader.array(member.value, "conflicts") ?? [] {
            guard let conflict = decodeConflict(node) else { continue }
            if !ids.insert(conflict.id).inserted {
                reader.fail(node.position, "conflict id \(conflict.id) appears twice")
                continue
            }
            conflicts.append(conflict)
        }
        return conflicts
    }

    mutating func decodeConflict(_ node: JSONNode) -> StoreConflict? {
        let what = "a conflict"
        guard let fields = reader.object(node, what, allowed: StoreConflict.fields) else { return nil }
        func required(_ key: String, _ reader: inout NodeReader) -> JSONNode? {
            reader.required(fields, key, in: what, at: node.position)
        }
        func optionalText(_ key: String, _ reader: inout NodeReader) -> String? {
            guard let value = required(key, &reader), !value.isNull else { return nil }
            return reader.string(value, "\(key) of a conflict")
        }
        let id = required("id", &reader).flatMap { reader.integer($0, "conflict id", in: 1...1_000_000_000) }
        let country = required("country", &reader).flatMap { reader.string($0, "country of a conflict") }
        let year = required("year", &reader).flatMap { $0.isNull ? nil : reader.integer($0, "conflict year", in: 1900...2200) }
        let fieldText = required("field", &reader).flatMap { reader.string($0, "field of a conflict") }
        let field = fieldText.flatMap(StoreConflict.Field.init(rawValue:))
        if fieldText != nil, field == nil {
            reader.fail(node.position, "conflict field must be one of \(StoreConflict.Field.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let key = optionalText("key", &reader)
        guard let id, let country, let field else { return nil }
        let label = "conflict \(id)"
        func value(_ side: String, _ decoder: inout StoreDecoder) -> ConflictValue? {
            guard let node = required(side, &decoder.reader) else { return nil }
            return decoder.decodeConflictValue(node, field: field, key: key, country: country, what: "\(side) of \(label)")
        }
        let base = value("base", &self), ours = value("ours", &self), theirs = value("theirs", &self)
        func stamp(_ side: String, _ reader: inout NodeReader) -> StoreConflict.Stamp? {
            let user = optionalText(side + "User", &reader), time = optionalText(side + "Time", &reader)
            guard let user, let time else { return nil }
            return StoreConflict.Stamp(user: user, time: time)
        }
        let oursBy = stamp("ours", &reader), theirsBy = stamp("theirs", &reader)
        guard let base, let ours, let theirs else { return nil }
        return StoreConflict(id: id, country: country, year: year, field: field, key: key, base: base, ours: ours,
                             theirs: theirs, oursBy: oursBy, theirsBy: theirsBy)
    }

    /// One side's value, read as the part of `countries` it stands for would be.
    mutating func decodeConflictValue(_ node: JSONNode, field: StoreConflict.Field, key: String?,
                                              country: String, what: String) -> ConflictValue? {
        switch field {
        case .score:
            if node.isNull { return .score(nil) }
            guard let key, framework.areaID(ofIndicator: key) != nil else {
                reader.fail(node.position, "\(what): unknown indicator '\(key ?? "")'")
                return nil
            }
            return Self.answer(node, of: key, what, framework, &reader).map { .score($0) }
        case .note, .metadata:
            if node.isNull { return field == .note ? .note(nil) : .text(nil) }
            guard let text = reader.string(node, what) else { return nil }
            return field == .note ? .note(text.isEmpty ? nil : text) : .text(text)
        case .reported:
            if node.isNull { return .reported(nil) }
            return decodeReported(node, what).map { .reported($0) }
        case .assessment:
            if node.isNull { return .assessment(nil) }
            return decodeAssessment(node, what).map { .assessment($0) }
        case .country:
            if node.isNull { return .country(nil) }
            return decodeCountry(country, node).map { .country($0) }
        }
    }
}
