/// Imports published SDG 10.7.2 ratings from a long-format CSV
/// (`iso3,country,year,domain,rating,source`, `domain` being `overall` or `D1`…`D6`).
///
/// The import is all or nothing: every row is checked first, and the store is only
/// changed when no row has a problem.
public struct SDGImport: Sendable {
    /// What an import did (or, with `--dry-run`, would do).
    public struct Summary: Sendable, Equatable {
        public var rows = 0
        public var countriesAdded: [String] = []
        public var ratingsAdded = 0
        public var ratingsChanged = 0
        public var ratingsUnchanged = 0
    }

    public static let header = ["iso3", "country", "year", "domain", "rating", "source"]

    private struct Row {
        var line: Int
        var iso3: String
        var year: Int
        var areaID: String?   // nil for the overall rating
        /// As the file writes it: `overall` or `D1`…
        var domain: String
        var rating: ReportedRating
    }

    /// Checks `text` and applies it to `store`; `path` is used in messages. `sources` turns
    /// each row's `source` into an entry of the store's sources table, and `caveats` flags
    /// doubtful values.
    public static func apply(_ text: String, path: String, to store: inout Store,
                             framework: Framework, catalog: CountryCatalog,
                             sources: SourceCatalog = SourceCatalog(),
                             caveats: CaveatTable = CaveatTable()) throws(MigofError) -> Summary {
        var rows = try parse(text, path: path, store: store, framework: framework, catalog: catalog)
        for index in rows.indices {
            let resolved = sources.resolve(rows[index].rating.source)
            store.sources[resolved.id] = resolved.source
            rows[index].rating.source = resolved.id
            rows[index].rating.caveat = caveats.caveat(iso3: rows[index].iso3, year: rows[index].year, domain: rows[index].domain)
        }
        var summary = Summary()
        summary.rows = rows.count
        for row in rows {
            if store.countries[row.iso3] == nil, let entry = catalog.countries[row.iso3] {
                store.countries[row.iso3] = entry
                summary.countriesAdded.append(row.iso3)
            }
            var assessment = store.countries[row.iso3]!.assessments[row.year] ?? Assessment()
            let previous = row.areaID.map { assessment.reportedAreas[$0] } ?? assessment.reportedOverall
            switch previous {
            case nil: summary.ratingsAdded += 1
            case row.rating?: summary.ratingsUnchanged += 1
            default: summary.ratingsChanged += 1
            }
            if let areaID = row.areaID {
                assessment.reportedAreas[areaID] = row.rating
            } else {
                assessment.reportedOverall = row.rating
            }
            store.countries[row.iso3]!.assessments[row.year] = assessment
        }
        return summary
    }

    private static func parse(_ text: String, path: String, store: Store, framework: Framework,
                              catalog: CountryCatalog) throws(MigofError) -> [Row] {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(text)
        } catch {
            guard case .unterminatedQuote(let line) = error else { throw .io(path: path, message: "unreadable") }
            throw .invalid([Diagnostic(path: path, line: line, column: 0, message: "unterminated quoted field")])
        }
        var problems: [Diagnostic] = []
        func fail(_ line: Int, _ message: String) {
            problems.append(Diagnostic(path: path, line: line, column: 0, message: message))
        }
        guard let first = records.first else {
            throw .invalid([Diagnostic(path: path, line: 0, column: 0, message: "the file is empty")])
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard header == Self.header else {
            throw .invalid([Diagnostic(path: path, line: first.line, column: 0,
                                       message: "header must be \(Self.header.joined(separator: ",")), found \(first.fields.joined(separator: ","))")])
        }
        let range = framework.scoreRange
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            let line = record.line
            guard record.fields.count == Self.header.count else {
                fail(line, "expected \(Self.header.count) fields, found \(record.fields.count)")
                continue
            }
            let f = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let iso3 = f[0]
            var valid = true
            if store.countries[iso3] == nil, catalog.countries[iso3] == nil {
                fail(line, "unknown country code '\(iso3)'; use an ISO 3166 alpha-3 code")
                valid = false
            }
            let year = Int(f[2]).flatMap { (1900...2200).contains($0) && f[2].count == 4 ? $0 : nil }
            if year == nil {
                fail(line, "year '\(f[2])' must be a four-digit year")
                valid = false
            }
            var areaID: String? = nil
            if f[3].lowercased() != "overall" {
                if f[3].count >= 2, f[3].first == "D", let domain = Int(f[3].dropFirst()),
                   let area = framework.area(domain: domain) {
                    areaID = area.id
                } else {
                    let domains = framework.areas.map { "D\($0.domain)" }.joined(separator: ", ")
                    fail(line, "domain '\(f[3])' must be overall or one of \(domains)")
                    valid = false
                }
            }
            let rating = Int(f[4]).flatMap { range.contains($0) ? $0 : nil }
            if rating == nil {
                fail(line, "rating '\(f[4])' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
                valid = false
            }
            if f[5].isEmpty {
                fail(line, "source is empty; every rating needs its provenance")
                valid = false
            }
            guard valid, let year, let rating else { continue }
            let key = "\(iso3) \(year) \(f[3])"
            if let firstLine = seen[key] {
                fail(line, "duplicate rating for \(key) (first on line \(firstLine))")
                continue
            }
            seen[key] = line
            rows.append(Row(line: line, iso3: iso3, year: year, areaID: areaID, domain: areaID == nil ? "overall" : f[3],
                            rating: ReportedRating(rating: rating, source: f[5])))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return rows
    }
}
