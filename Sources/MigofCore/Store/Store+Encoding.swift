extension Store {
    /// The canonical file text: keys in a fixed order, one value per line, a trailing newline.
    ///
    /// Every framework indicator is written for every assessment (`null` when unscored) so
    /// that scoring one indicator changes exactly one line of a file kept in git.
    public func encoded(framework: Framework) -> String {
        String(decoding: encodedBytes(framework: framework), as: UTF8.self)
    }

    /// The canonical file bytes, the same as `encoded(framework:)`, written without building
    /// a JSON tree so that saving a large store costs little more than its size.
    public func encodedBytes(framework: Framework, capacity: Int = 0) -> [UInt8] {
        var encoder = StoreEncoder(framework: framework, capacity: capacity)
        encoder.write(self)
        return encoder.out
    }

    /// The same document as a JSON tree: the reference `StoreEncoder` is tested against.
    func jsonValue(framework: Framework) -> JSONValue {
        let countryValues: [(String, JSONValue)] = codes.map { code in
            (code, countries[code]!.jsonValue(framework: framework))
        }
        var fields: [(String, JSONValue)] = [
            ("version", .number(String(Store.formatVersion))),
            ("framework", Store.frameworkValue(framework)),
            ("sources", Store.sourcesValue(sources)),
            ("countries", .obj(countryValues)),
        ]
        // Written only once there is history, so a store never edited stays as imported.
        if !audit.isEmpty { fields.append(("audit", .arr(audit.map { $0.jsonValue(framework: framework) }))) }
        return .obj(fields)
    }

    /// `{"id": ..., "version": ...}`: the framework a store is scored with.
    static func frameworkValue(_ framework: Framework) -> JSONValue {
        .obj([("id", .string(framework.id)), ("version", .int(framework.version))])
    }

    /// The sources table, by id in byte order so the file is deterministic.
    static func sourcesValue(_ sources: [String: Source]) -> JSONValue {
        .obj(sources.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { id in
            let source = sources[id]!
            return (id, .obj([("citation", .string(source.citation)), ("publisher", .string(source.publisher)),
                              ("path", .string(source.path)), ("licence", .string(source.licence))]))
        })
    }
}

extension Country {
    func jsonValue(framework: Framework) -> JSONValue {
        let years: [(String, JSONValue)] = self.years.map { year in
            (String(year), assessments[year]!.jsonValue(framework: framework))
        }
        return .obj([
            ("name", .string(name)),
            ("iso2", .string(iso2)),
            ("m49", .string(m49)),
            ("region", .string(region)),
            ("subRegion", .string(subRegion)),
            ("assessments", .obj(years)),
        ])
    }
}

extension Assessment {
    func jsonValue(framework: Framework) -> JSONValue {
        var reported: [(String, JSONValue)] = []
        if let reportedOverall { reported.append(("overall", reportedOverall.jsonValue)) }
        for area in framework.areas {
            if let rating = reportedAreas[area.id] { reported.append((area.id, rating.jsonValue)) }
        }
        let ids = framework.indicatorIDs
        let scoreValues: [(String, JSONValue)] = ids.map { id in
            (id, scores[id].flatMap { framework.value(ofAnswer: $0, of: id) }.map { .number(AnswerOption.text(of: $0)) } ?? .null)
        }
        let noteValues: [(String, JSONValue)] = ids.compactMap { id in
            notes[id].map { (id, .string($0)) }
        }
        var fields: [(String, JSONValue)] = [("reported", .obj(reported)), ("scores", .obj(scoreValues))]
        if !noteValues.isEmpty { fields.append(("notes", .obj(noteValues))) }
        return .obj(fields)
    }
}

extension ReportedRating {
    var jsonValue: JSONValue {
        var fields: [(String, JSONValue)] = [("rating", .number(String(rating))), ("source", .string(source))]
        if let caveat { fields.append(("caveat", .string(caveat))) }
        return .obj(fields)
    }
}

extension AuditEntry {
    /// The entry as the store writes it: answers as their option values.
    func jsonValue(framework: Framework) -> JSONValue {
        func optional(_ answer: Int?) -> JSONValue {
            guard let answer else { return .null }
            // Only a score change holds answers; a rating change holds the published rating itself.
            let mapped = change == .score ? indicator.flatMap { framework.value(ofAnswer: answer, of: $0) } : nil
            let value = mapped ?? Double(answer)
            return .number(AnswerOption.text(of: value))
        }
        func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        return .obj([
            ("time", .string(time)), ("user", .string(user)), ("change", .string(change.rawValue)),
            ("country", .string(country)), ("year", optional(year)), ("indicator", optional(indicator)),
            ("oldScore", optional(oldScore)), ("newScore", optional(newScore)),
            ("oldNote", optional(oldNote)), ("newNote", optional(newNote)),
        ])
    }
}
