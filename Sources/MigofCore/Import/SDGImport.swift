/// Imports published SDG 10.7.2 ratings from a long-format CSV
/// (`iso3,country,year,domain,rating,source`, `domain` being `overall` or `D1`…`D6`).
///
/// The import is all or nothing: every row is checked first, and the store is only
/// changed when no row has a problem. Rows are normalised before they are checked, so a
/// file from a spreadsheet (a UTF-8 BOM, `3.0`, `can`, `D01`, `OVERALL`) reads as typed by
/// hand, and two spellings of one rating are caught as a duplicate.
public struct SDGImport: Sendable {
    /// What an import did (or, with `--dry-run`, would do).
    public struct Summary: Sendable, Equatable {
        public var rows = 0
        public var countriesAdded: [String] = []
        public var ratingsAdded = 0
        public var ratingsChanged = 0
        public var ratingsUnchanged = 0
        /// Every rating added or changed, in file order.
        public var changes: [Change] = []
        /// Rows that were imported but look wrong, such as a name that names another country.
        public var warnings: [Diagnostic] = []

        /// "imported 1 row: …", with the plurals right.
        public func line(dryRun: Bool) -> String {
            func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            let countries = countriesAdded.count == 1 ? "1 country" : "\(countriesAdded.count) countries"
            return "\(dryRun ? "would import" : "imported") \(count(rows, "row")): \(ratingsAdded) new, "
                + "\(ratingsChanged) changed, \(ratingsUnchanged) unchanged; \(countries) added"
        }
    }

    /// One published rating the import sets: `CAN 2021 D1: 3 → 1 (source …)`.
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        public var iso3: String
        public var year: Int
        /// `overall` or `D1`…`D6`, as the CSV names it once normalised.
        public var domain: String
        public var old: ReportedRating?
        public var new: ReportedRating

        public var description: String {
            let source = old?.source == new.source ? "" : " (source \(new.source))"
            return "\(iso3) \(year) \(domain): \(old.map { String($0.rating) } ?? "–") → \(new.rating)\(source)"
        }
    }

    public static let header = ["iso3", "country", "year", "domain", "rating", "source"]

    struct Row {
        var line: Int
        var iso3: String
        var year: Int
        var domain: String
        var areaID: String?   // nil for the overall rating
        var rating: ReportedRating
    }

    /// Checks `text` and applies it to `store`; `path` is used in messages. `sources` turns
    /// each row's `source` into an entry of the store's sources table, and `caveats` flags
    /// doubtful values.
    public static func apply(_ text: String, path: String, to store: inout Store,
                             framework: Framework, catalog: CountryCatalog,
                             sources: SourceCatalog = SourceCatalog(),
                             caveats: CaveatTable = CaveatTable()) throws(MigofError) -> Summary {
        var summary = Summary()
        var rows = try parse(text, path: path, store: store, framework: framework, catalog: catalog,
                             warnings: &summary.warnings)
        for index in rows.indices {
            let resolved = sources.resolve(rows[index].rating.source)
            store.sources[resolved.id] = resolved.source
            rows[index].rating.source = resolved.id
            rows[index].rating.caveat = caveats.caveat(iso3: rows[index].iso3, year: rows[index].year, domain: rows[index].domain)
        }
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
            if previous != row.rating {
                summary.changes.append(Change(iso3: row.iso3, year: row.year, domain: row.domain, old: previous, new: row.rating))
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
}
