/// `migof list`: one row per country with its headline ratings in one year.
public struct ListReport: Sendable {
    public var framework: Framework
    public var year: Int
    public var profiles: [Profile]

    /// Builds the listing. Without `onlyAssessed`, every country is listed (blank where it
    /// has no data that year); with it, only the countries assessed in `year`.
    public init(store: Store, framework: Framework, year: Int, onlyAssessed: Bool,
                region: String?, sort: CountrySort) {
        self.framework = framework
        self.year = year
        var profiles: [Profile] = []
        let regionKey = region?.folded
        for code in store.codes {
            let country = store.countries[code]!
            if onlyAssessed, country.assessments[year] == nil { continue }
            if let regionKey, country.region.folded != regionKey, country.subRegion.folded != regionKey { continue }
            profiles.append(Profile(country: country, year: year, framework: framework, sources: store.sources))
        }
        sort.sort(&profiles)
        self.profiles = profiles
    }

    /// A listing of exactly these profiles, in this order (the dashboard copies one row so).
    public init(framework: Framework, year: Int, profiles: [Profile]) {
        self.framework = framework
        self.year = year
        self.profiles = profiles
    }

    private var areaIDs: [String] { framework.areas.map(\.id) }

    private func cells(_ profile: Profile) -> [String] {
        [profile.country.iso3, profile.country.name, profile.country.region, number(profile.overall.value)]
            + profile.areas.map { number($0.rating.value) }
    }

    private func number(_ value: Int?) -> String { value.map(String.init) ?? "" }

    private func markedCells(_ profile: Profile) -> [String] {
        [profile.country.iso3, profile.country.name, profile.country.region, Self.marked(profile.overall)]
            + profile.areas.map { Self.marked($0.rating) }
    }

    private func bases(_ profile: Profile) -> [String] {
        ([profile.overall] + profile.areas.map(\.rating)).map { $0.basis?.rawValue ?? "" }
    }

    /// A rating for the table and Markdown: `3` published, `3a` assessed, `p` a partial
    /// assessment (no rating yet), empty when unrated.
    static func marked(_ rating: Rating) -> String {
        switch rating.basis {
        case .reported?: return rating.value.map(String.init) ?? ""
        case .assessed?: return rating.value.map { "\($0)a" } ?? ""
        case .partial?: return "p"
        case nil: return ""
        }
    }

    /// Explains `marked` under a table.
    static let legend = "Ratings are published unless marked: a = assessed (every indicator answered), "
        + "p = partial assessment, not a rating yet."

    /// `columns`: the terminal's width, which the table then fits (names and regions are cut,
    /// ratings never); nil for a pipe, which gets every name in full.
    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }, columns: Int? = nil) -> String {
        let header = ["iso3", "name", "region", "overall"] + areaIDs
        // After the original columns, so scripts reading them by position keep working.
        let basisHeader = (["overall"] + areaIDs).map { "\($0)_basis" }
        switch format {
        case .csv:
            return CSVWriter.document(header: header + basisHeader, rows: profiles.map { cells($0) + bases($0) })
        case .json:
            let rows: [JSONValue] = profiles.map { profile in
                var pairs: [(String, JSONValue)] = [
                    ("iso3", .string(profile.country.iso3)), ("name", .string(profile.country.name)),
                    ("region", .string(profile.country.region)), ("year", .number(String(year))),
                    ("overall", json(profile.overall.value)),
                ]
                for area in profile.areas { pairs.append((area.area.id, json(area.rating.value))) }
                let basis = zip(["overall"] + areaIDs, bases(profile)).map { ($0.0, $0.1.isEmpty ? JSONValue.null : .string($0.1)) }
                pairs.append(("basis", .obj(basis)))
                return .obj(pairs)
            }
            return JSONWriter.write(.arr(rows))
        case .md:
            return Markdown.table(header: ["ISO3", "Country", "Region", "Overall"] + areaIDs,
                                  rows: profiles.map(markedCells), rightAligned: Set(3..<(4 + areaIDs.count)))
                + "\n" + Self.legend + "\n"
        case .table, .text:
            var table = TextTable(headers: ["ISO3", "Country", "Region", "Overall"] + areaIDs,
                                  alignments: [.left, .left, .left] + Array(repeating: .right, count: 1 + areaIDs.count),
                                  flexible: [1, 2])
            table.rows = profiles.map { profile in
                markedCells(profile).enumerated().map { $0.offset >= 3 && $0.element.isEmpty ? "-" : $0.element }
            }
            let assessed = profiles.filter(\.hasAssessment).count
            return table.render(width: width, maxWidth: columns) + "\(profiles.count) countries, \(assessed) assessed in \(year)\n"
                + TextTable.fitted(Self.legend, columns: columns, width: width) + "\n"
        }
    }

    private func json(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
}
