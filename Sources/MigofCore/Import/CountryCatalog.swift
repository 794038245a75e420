import Foundation

/// The ISO 3166 country list bundled with migof (`countries.csv`), with UN regions.
public struct CountryCatalog: Sendable {
    /// Entries keyed by ISO alpha-3, with no assessments.
    public let countries: [String: Country]

    public init(countries: [String: Country]) {
        self.countries = countries
    }

    /// Reads `iso3,iso2,m49,name,region,sub_region`.
    public static func load(path: String) throws(MigofError) -> CountryCatalog {
        // Its names go into the store, which may hold no control character.
        let records = try CSVReader.checkedFile(path)
        let expected = ["iso3", "iso2", "m49", "name", "region", "sub_region"]
        guard let header = records.first, header.fields == expected else {
            throw .invalid([Diagnostic(path: path, line: 1, column: 0, message: "header must be \(expected.joined(separator: ","))")])
        }
        var countries: [String: Country] = [:]
        var problems: [Diagnostic] = []
        for record in records.dropFirst() {
            guard record.fields.count == expected.count else {
                problems.append(Diagnostic(path: path, line: record.line, column: 0,
                                           message: "expected \(expected.count) fields, found \(record.fields.count)"))
                continue
            }
            let f = record.fields
            countries[f[0]] = Country(iso3: f[0], iso2: f[1], m49: f[2], name: f[3], region: f[4], subRegion: f[5])
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return CountryCatalog(countries: countries)
    }
}
