/// `migof export`: the wide table (one row per country assessed in a year) for spreadsheets.
public struct ExportReport: Sendable {
    public var framework: Framework
    public var profiles: [Profile]

    public var sources: [String: Source]

    public init(store: Store, framework: Framework, year: Int) {
        self.framework = framework
        sources = store.sources
        profiles = store.codes.compactMap { code in
            let country = store.countries[code]!
            return country.assessments[year] == nil ? nil
                : Profile(country: country, year: year, framework: framework, sources: store.sources)
        }
    }

    private var header: [String] {
        var columns = ["iso3", "iso2", "m49", "name", "region", "sub_region", "year",
                       "overall", "overall_basis", "overall_reported", "overall_assessed"]
        for area in framework.areas {
            columns += [area.id, "\(area.id)_basis", "\(area.id)_reported", "\(area.id)_assessed", "\(area.id)_scored"]
        }
        // Added after the original columns, so scripts reading them by position keep working.
        for id in ["overall"] + framework.areas.map(\.id) {
            columns += ["\(id)_assessed_rating", "\(id)_source", "\(id)_caveat"]
        }
        return columns
    }

    private func row(_ p: Profile) -> [String] {
        func fields(_ r: Rating) -> [String] {
            [r.value.map(String.init) ?? "", r.basis?.rawValue ?? "", r.reported.map(String.init) ?? "",
             r.assessedMean.map(Rating.decimal) ?? ""]
        }
        let c = p.country
        var cells = [c.iso3, c.iso2, c.m49, c.name, c.region, c.subRegion, String(p.year)] + fields(p.overall)
        for area in p.areas { cells += fields(area.rating) + ["\(area.rating.scored)/\(area.rating.total)"] }
        for r in [p.overall] + p.areas.map(\.rating) {
            cells += [r.assessed.map(String.init) ?? "", r.citation ?? "", r.caveat ?? ""]
        }
        return cells
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONWriter.write(.arr(profiles.map { ProfileReport(profile: $0, framework: framework, sources: sources).json }))
        case .md:
            let areaIDs = framework.areas.map(\.id)
            return Markdown.table(
                header: ["ISO3", "Country", "Region", "Overall"] + areaIDs,
                rows: profiles.map { p in
                    [p.country.iso3, p.country.name, p.country.region, ListReport.marked(p.overall)] + p.areas.map { ListReport.marked($0.rating) }
                },
                rightAligned: Set(3..<(4 + areaIDs.count))) + "\n" + ListReport.legend + "\n"
        case .csv, .table, .text:
            return CSVWriter.document(header: header, rows: profiles.map(row))
        }
    }
}
