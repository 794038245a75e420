extension StoreFastDecoder {
    // MARK: - The audit trail

    mutating func decodeAudit(country: String?) -> [AuditEntry]? {
        guard scanner.i < scanner.end, scanner.bytes[scanner.i] == UInt8(ascii: "[") else { return nil }
        scanner.i += 1
        scanner.skipWhitespaceUncounted()
        var entries: [AuditEntry] = []
        guard scanner.i < scanner.end else { return nil }
        if scanner.bytes[scanner.i] == UInt8(ascii: "]") {
            scanner.i += 1
            return entries
        }
        while true {
            guard let entry = decodeAuditEntry(country: country) else { return nil }
            entries.append(entry)
            // The caller reads the file just ahead of what it hears, so a long trail reports too.
            progress?(scanner.i, entityCount)
            scanner.skipWhitespaceUncounted()
            guard scanner.i < scanner.end else { return nil }
            let b = scanner.bytes[scanner.i]
            scanner.i += 1
            if b == UInt8(ascii: "]") { return entries }
            guard b == UInt8(ascii: ",") else { return nil }
            scanner.skipWhitespaceUncounted()
        }
    }

    /// One entry with every field, as migof writes it; any other shape goes to the checked
    /// decoder. Inside a country (`country` given) the entry has no `country` field.
    mutating func decodeAuditEntry(country inCountry: String?) -> AuditEntry? {
        guard let empty = openObject(), !empty else { return nil }
        var texts: [String: String] = [:]
        var numbers: [String: String] = [:]
        var seen: Set<String> = []
        repeat {
            guard let key = readKey() else { return nil }
            let name = string(key)
            guard Self.auditFields.contains(name), inCountry == nil || name != "country",
                  seen.insert(name).inserted else { return nil }
            if readNull() {
                // null: the field does not apply
            } else if let value = readNumber() {
                numbers[name] = value
            } else if let value = readString() {
                texts[name] = value
            } else {
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        let indicator = texts["indicator"] ?? ""
        let isRating = texts["change"] == AuditEntry.Change.rating.rawValue
        func answer(_ raw: String?) -> Int?? {
            guard let raw else { return .some(nil) }
            // A rating change holds published ratings on the scale, not answers.
            if isRating { return Int(raw).flatMap { framework.scoreRange.contains($0) ? .some($0) : nil } }
            guard let value = Double(raw), let ordinal = framework.answer(forValue: value, of: indicator) else { return nil }
            return .some(ordinal)
        }
        let year = numbers["year"].flatMap { Int($0) }
        guard seen.count == Self.auditFields.count - (inCountry == nil ? 0 : 1),
              let time = texts["time"], let user = texts["user"], let country = inCountry ?? texts["country"],
              let change = texts["change"].flatMap(AuditEntry.Change.init(rawValue:)),
              numbers["year"] == nil || year.map({ (1900...2200).contains($0) }) == true,
              let oldScore = answer(numbers["oldScore"]), let newScore = answer(numbers["newScore"]),
              texts["year"] == nil, texts["oldScore"] == nil, texts["newScore"] == nil,
              numbers["indicator"] == nil, numbers["oldNote"] == nil, numbers["newNote"] == nil,
              numbers["time"] == nil, numbers["user"] == nil, numbers["country"] == nil, numbers["change"] == nil
        else { return nil }
        return AuditEntry(time: time, user: user, change: change, country: country, year: year,
                          indicator: texts["indicator"], oldScore: oldScore, newScore: newScore,
                          oldNote: texts["oldNote"], newNote: texts["newNote"])
    }

    static let auditFields: Set<String> = ["time", "user", "change", "country", "year", "indicator",
                                                   "oldScore", "newScore", "oldNote", "newNote"]
}
