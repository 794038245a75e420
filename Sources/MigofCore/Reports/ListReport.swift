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
            profiles.append(Profile(country: country, year: year, framework: framework))
        }
        sort.sort(&profiles)
        self.profiles = profiles
    }

    private var areaIDs: [String] { framework.areas.map(\.id) }

    private func cells(_ profile: Profile) -> [String] {
        [profile.country.iso3, profile.country.name, profile.country.region, number(profile.overall.value)]
            + profile.areas.map { number($0.rating.value) }
    }

    private func number(_ value: Int?) -> String { value.map(String.init) ?? "" }

    /// `columns`: the terminal's width, which the table then fits (names and regions are cut,
    /// ratings never); nil for a pipe, which gets every name in full.
    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }, columns: Int? = nil) -> String {
        let header = ["iso3", "name", "region", "overall"] + areaIDs
        switch format {
        case .csv:
            return CSVWriter.document(header: header, rows: profiles.map(cells))
        case .json:
            let rows: [JSONValue] = profiles.map { profile in
                var pairs: [(String, JSONValue)] = [
                    ("iso3", .string(profile.country.iso3)), ("name", .string(profile.country.name)),
                    ("region", .string(profile.country.region)), ("year", .number(String(year))),
                    ("overall", json(profile.overall.value)),
                ]
                for area in profile.areas { pairs.append((area.area.id, json(area.rating.value))) }
                return .obj(pairs)
            }
            return JSONWriter.write(.arr(rows))
        case .md:
            return Markdown.table(header: ["ISO3", "Country", "Region", "Overall"] + areaIDs,
                                  rows: profiles.map(cells), rightAligned: Set(3..<(4 + areaIDs.count)))
        case .table, .text:
            var table = TextTable(headers: ["ISO3", "Country", "Region", "Overall"] + areaIDs,
                                  alignments: [.left, .left, .left] + Array(repeating: .right, count: 1 + areaIDs.count),
                                  flexible: [1, 2])
            table.rows = profiles.map { profile in
                cells(profile).enumerated().map { $0.offset >= 3 && $0.element.isEmpty ? "-" : $0.element }
            }
            let assessed = profiles.filter(\.hasAssessment).count
            return table.render(width: width, maxWidth: columns) + "\(profiles.count) countries, \(assessed) assessed in \(year)\n"
        }
    }

    private func json(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
}
