/// Doubtful published values, flagged in data rather than in code (`caveats.csv`:
/// `iso3,year,domain,caveat`, `domain` being `overall`, `D1`…`D6`, or `*` for every rating
/// of that country and year). The importer stores each caveat on the rating it concerns.
public struct CaveatTable: Sendable, Equatable {
    /// Caveats by `ISO3 year domain`, domain as written (`*`, `overall`, `D3`).
    public var caveats: [String: String]

    public init(caveats: [String: String] = [:]) {
        self.caveats = caveats
    }

    public static let header = ["iso3", "year", "domain", "caveat"]

    public static func load(path: String) throws(MigofError) -> CaveatTable {
        var caveats: [String: String] = [:]
        var problems: [Diagnostic] = []
        for record in try CSVTable.rows(path: path, header: header) {
            let f = record.fields
            let domainOK = f[2] == "*" || f[2] == "overall" || (f[2].first == "D" && Int(f[2].dropFirst()) != nil)
            guard f[0].count == 3, Int(f[1]) != nil, domainOK, !f[3].isEmpty else {
                problems.append(Diagnostic(path: path, line: record.line, column: 0,
                                           message: "expected ISO3, a year, overall/D1…/*, and a caveat text"))
                continue
            }
            caveats["\(f[0]) \(f[1]) \(f[2])"] = f[3]
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return CaveatTable(caveats: caveats)
    }

    /// The caveat of one rating: its own, else the country-year's `*` one.
    public func caveat(iso3: String, year: Int, domain: String) -> String? {
        caveats["\(iso3) \(year) \(domain)"] ?? caveats["\(iso3) \(year) *"]
    }
}
