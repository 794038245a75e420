extension SDGImport {
    /// Every row checked and normalised; all problems are collected before any is thrown.
    static func parse(_ text: String, path: String, store: Store, framework: Framework,
                      catalog: CountryCatalog, warnings: inout [Diagnostic]) throws(MigofError) -> [Row] {
        let records = try checkedRecords(text, path: path)
        var problems: [Diagnostic] = []
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        let names = CountryResolver(store: store, catalog: catalog)
        for record in records {
            let line = record.line
            func fail(_ message: String) { problems.append(Diagnostic(path: path, line: line, column: 0, message: message)) }
            guard record.fields.count == Self.header.count else {
                fail("expected \(Self.header.count) fields, found \(record.fields.count)")
                continue
            }
            let f = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let iso3 = f[0].uppercased()
            let known = store.countries[iso3] ?? catalog.countries[iso3]
            if known == nil { fail("unknown country code '\(f[0])'; use an ISO 3166 alpha-3 code") }
            let year = parseYear(f[2], fail: fail)
            let domain = parseDomain(f[3], framework: framework)
            if domain == nil {
                fail("domain '\(f[3])' must be overall or one of \(framework.areas.map { "D\($0.domain)" }.joined(separator: ", "))")
            }
            let range = framework.scoreRange
            let rating = parseWholeNumber(f[4]).flatMap { range.contains($0) ? $0 : nil }
            if rating == nil { fail("rating '\(f[4])' must be a whole number from \(range.lowerBound) to \(range.upperBound)") }
            if f[5].isEmpty { fail("source is empty; every rating needs its provenance") }
            guard let known, let year, let domain, let rating, !f[5].isEmpty else { continue }
            let key = "\(iso3) \(year) \(domain.label)"
            if let firstLine = seen[key] {
                fail("duplicate rating for \(key) (first on line \(firstLine))")
                continue
            }
            seen[key] = line
            if let other = contradiction(name: f[1], code: known, names: names) {
                warnings.append(Diagnostic(path: path, line: line, column: 0,
                                           message: "\(iso3) is \(known.name), but the row names '\(f[1])', which is \(other.name) (\(other.iso3)); imported as \(iso3)"))
            }
            rows.append(Row(line: line, iso3: iso3, year: year, domain: domain.label, areaID: domain.areaID,
                            rating: ReportedRating(rating: rating, source: f[5])))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return rows
    }

    /// The CSV's records after its header, which must be `header`; a UTF-8 byte order mark
    /// (Excel's "CSV UTF-8") is skipped.
    static func checkedRecords(_ text: String, path: String) throws(MigofError) -> ArraySlice<CSVReader.Record> {
        var text = text
        // Excel's "CSV UTF-8" starts with a byte order mark.
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let records = try CSVReader.records(text, path: path)
        guard let first = records.first else {
            throw .invalid([Diagnostic(path: path, line: 0, column: 0, message: "the file is empty")])
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard header == Self.header else {
            throw .invalid([Diagnostic(path: path, line: first.line, column: 0,
                                       message: "header must be \(Self.header.joined(separator: ",")), found \(first.fields.joined(separator: ","))")])
        }
        return records.dropFirst()
    }

    /// A four-digit year from 1900 to 2200, or nil after saying which rule it breaks.
    static func parseYear(_ text: String, fail: (String) -> Void) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text) else {
            fail("year '\(text)' must be a four-digit year such as 2021")
            return nil
        }
        guard (1900...2200).contains(year) else {
            fail("year \(year) is out of range; SDG 10.7.2 years run from 1900 to 2200")
            return nil
        }
        return year
    }

    /// `overall` (any case) or `D1`, `d1`, `D01`… naming a framework area.
    static func parseDomain(_ text: String, framework: Framework) -> (label: String, areaID: String?)? {
        if text.lowercased() == "overall" { return ("overall", nil) }
        let upper = text.uppercased()
        guard upper.count >= 2, upper.first == "D", upper.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(upper.dropFirst()), let area = framework.area(domain: number) else { return nil }
        return ("D\(number)", area.id)
    }

    /// `3`, or a whole number written as a decimal, `3.0` (spreadsheets export ratings so).
    static func parseWholeNumber(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[1].allSatisfy({ $0 == "0" }) else { return nil }
        return Int(parts[0])
    }

    /// The country the row's name names, when that is another country than its code.
    /// A name that matches nothing (a local spelling) is not a contradiction.
    static func contradiction(name: String, code: Country, names: CountryResolver) -> Country? {
        guard !name.isEmpty else { return nil }
        switch names.match(name) {
        case .found(let other), .notInStore(let other):
            return other.iso3 == code.iso3 ? nil : other
        case .ambiguous, .none:
            return nil
        }
    }
}
