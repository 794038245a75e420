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
            ("countries", .obj(countryValues)),
        ]
        // Written only once there is history, so a store never edited stays as imported.
        if !audit.isEmpty { fields.append(("audit", .arr(audit.map(\.jsonValue)))) }
        return .obj(fields)
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
            (id, scores[id].map { .number(String($0)) } ?? .null)
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
        .obj([("rating", .number(String(rating))), ("source", .string(source))])
    }
}

extension AuditEntry {
    var jsonValue: JSONValue {
        func optional(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
        func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        return .obj([
            ("time", .string(time)), ("user", .string(user)), ("change", .string(change.rawValue)),
            ("country", .string(country)), ("year", optional(year)), ("indicator", optional(indicator)),
            ("oldScore", optional(oldScore)), ("newScore", optional(newScore)),
            ("oldNote", optional(oldNote)), ("newNote", optional(newNote)),
        ])
    }
}
