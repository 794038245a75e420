/// The analyst's worklist: every country-year with any assessed answer, its coverage per
/// area and overall, and its assessed rating against the published one per area, the rows
/// with disagreements first. One model for the review screen and `migof review`.
public struct ReviewTable: Sendable {
    /// One area (or the overall rating) of a country-year.
    public struct Entry: Sendable, Equatable {
        /// "Overall" or an area id.
        public var id: String
        public var rating: Rating

        /// `5/5`, `2/5`: indicators answered of those in scope.
        public var coverage: String { "\(rating.answered)/\(rating.total)" }

        /// Assessed minus published, when a complete assessment and a published rating exist.
        public var gap: Int? {
            guard let assessed = rating.completeAssessed, let published = rating.published else { return nil }
            return assessed - published
        }

        /// The coverage with a mark, for narrow tables: `7/7≠` disagrees, `5/5=` agrees,
        /// `2/5` in progress.
        public var compact: String {
            coverage + (rating.disagrees ? "≠" : rating.completeAssessed != nil && rating.published != nil ? "=" : "")
        }

        /// Assessed, then published: `3≠2` when they disagree, `3=3` when they agree; else
        /// `(2)/3` for a provisional partial assessment, `3/–` or `–/3` when one side is missing.
        public var comparison: String {
            let published = rating.published.map(String.init) ?? "–"
            guard let assessed = rating.completeAssessed else {
                return "\(rating.assessed.map { "(\($0))" } ?? "–")/\(published)"
            }
            guard rating.published != nil else { return "\(assessed)/–" }
            return "\(assessed)\(rating.disagrees ? "≠" : "=")\(published)"
        }
    }

    /// One country-year.
    public struct Row: Sendable, Equatable {
        public var iso3: String
        public var name: String
        public var region: String
        public var year: Int
        public var overall: Entry
        public var areas: [Entry]

        /// The areas whose complete assessment departs from the published rating.
        public var disagreements: [Entry] { areas.filter(\.rating.disagrees) }
        /// The largest departure, in bands, over the areas and the overall rating.
        public var largestGap: Int { ([overall] + areas).compactMap(\.gap).map(abs).max() ?? 0 }
    }

    /// The year filter, nil for every year.
    public let year: Int?
    public let areaIDs: [String]
    public let rows: [Row]

    /// Every country-year of `store` (only `year` when given) with at least one answer,
    /// ordered by the number of disagreeing areas, then the largest gap, then name and year.
    public init(store: Store, framework: Framework, year: Int? = nil) {
        self.year = year
        areaIDs = framework.areas.map(\.id)
        var rows: [Row] = []
        for code in store.codes {
            let country = store.countries[code]!
            for (round, assessment) in country.assessments where !assessment.scores.isEmpty && (year == nil || round == year) {
                let profile = Profile(country: country, year: round, framework: framework, sources: store.sources)
                guard profile.overall.answered > 0 else { continue }
                rows.append(Row(iso3: code, name: country.name, region: country.region, year: round,
                                overall: Entry(id: "Overall", rating: profile.overall),
                                areas: profile.areas.map { Entry(id: $0.area.id, rating: $0.rating) }))
            }
        }
        self.rows = rows.sorted { left, right in
            let a = (-left.disagreements.count, -left.largestGap, left.name.folded, left.year)
            let b = (-right.disagreements.count, -right.largestGap, right.name.folded, right.year)
            return a < b
        }
    }

    /// "3 country-years assessed · 1 with disagreements (2 areas)".
    public var summary: String {
        let disagreeing = rows.filter { !$0.disagreements.isEmpty }
        let areas = disagreeing.map(\.disagreements.count).reduce(0, +)
        let scope = year.map { " in \($0)" } ?? ""
        return "\(rows.count) country-year\(rows.count == 1 ? "" : "s") with answers\(scope) · "
            + "\(disagreeing.count) with disagreements (\(areas) area\(areas == 1 ? "" : "s"))"
    }
}
