/// An MGI-style country profile: the model behind `migof report` and the dashboard's report
/// key, rendered as Markdown (`markdown`) or as a self-contained HTML page (`ReportDocument`).
///
/// Every figure comes from `Profile`, `Rating`, `RoundChange` and `AreaStatistics`, the models
/// the dashboard and `migof show` draw, so a report cannot say what the screen does not.
public struct CountryReport: Sendable, Equatable {
    public var name: String
    public var iso3: String
    public var region: String
    public var subRegion: String
    /// The round reported.
    public var year: Int
    /// Every year the country has, oldest first.
    public var years: [Int]
    /// False when the country has no assessment in `year`.
    public var hasAssessment: Bool
    /// The framework the ratings follow: its name, scale and rule.
    public var framework: Framework
    public var overall: ReportFigures
    public var areas: [ReportArea]
    public var threshold: DevelopmentThreshold
    /// The sources of the published ratings, numbered.
    public var sources: [ReportSource]
    /// What the reader must know before quoting a figure, one sentence each.
    public var caveats: [String]

    /// The report of `country` in `year`, with the region and world figures of every country
    /// assessed that year in `store`.
    public init(country: Country, year: Int, store: Store, framework: Framework) {
        let profiles = store.countries.values.filter { $0.assessments[year] != nil }
            .map { Profile(country: $0, year: year, framework: framework, sources: store.sources) }
        let previousYear = country.years.last { $0 < year }
        self.init(profile: Profile(country: country, year: year, framework: framework, sources: store.sources),
                  previous: previousYear.map { Profile(country: country, year: $0, framework: framework, sources: store.sources) },
                  yearProfiles: profiles, framework: framework, sources: store.sources)
    }

    /// The report of `profile`, against `previous` (the country's previous round) and the
    /// profiles of every country assessed in the same year.
    public init(profile: Profile, previous: Profile?, yearProfiles: [Profile], framework: Framework,
                sources: [String: Source]) {
        let country = profile.country
        name = country.name
        iso3 = country.iso3
        region = country.region
        subRegion = country.subRegion
        year = profile.year
        years = country.years
        hasAssessment = profile.hasAssessment
        self.framework = framework
        let threshold = DevelopmentThreshold(framework: framework)
        self.threshold = threshold
        let scale = framework.scoreRange
        func figures(_ rating: Rating, _ earlier: Rating?, area: String?) -> ReportFigures {
            let statistics = AreaStatistics(areaID: area, profiles: yearProfiles, scale: scale)
            let benchmark = ReportBenchmark(value: rating.value, region: country.region, statistics: statistics, scale: scale)
            return ReportFigures(rating: rating, previous: earlier, previousYear: previous?.year, benchmark: benchmark)
        }
        overall = figures(profile.overall, previous?.overall, area: nil)
        areas = profile.areas.map { area in
            ReportArea(area: area.area,
                       figures: figures(area.rating, previous?.area(area.area.id)?.rating, area: area.area.id),
                       development: threshold.place(area.rating),
                       indicators: area.indicators.map { ReportIndicator($0, framework: framework) })
        }
        self.sources = Self.sources(overall: profile.overall, areas: profile.areas, table: sources)
        caveats = []
        caveats = collectCaveats()
    }

    /// The areas placed as `development`, in framework order.
    public func areas(_ development: AreaDevelopment) -> [ReportArea] {
        areas.filter { $0.development == development }
    }

    /// Areas placed in neither list: no rating, or a partial assessment only.
    public var unplaced: [ReportArea] { areas.filter { $0.development == nil } }

    /// "Requires further progress", "Unscored" for nil.
    public func label(_ value: Int?) -> String { framework.label(for: value) }

    /// The number of the source a rating cites, if it has one.
    public func sourceNumber(_ rating: Rating) -> Int? {
        guard let id = rating.source else { return nil }
        return sources.first { $0.id == id }?.number
    }

    /// Indicators answered and in scope, over the whole framework.
    public var answered: (count: Int, total: Int) { (overall.rating.answered, overall.rating.total) }

    private static func sources(overall: Rating, areas: [AreaProfile], table: [String: Source]) -> [ReportSource] {
        var result: [ReportSource] = []
        let cited = [("overall", overall)] + areas.map { ($0.area.id, $0.rating) }
        for (what, rating) in cited {
            guard let id = rating.source else { continue }
            if let index = result.firstIndex(where: { $0.id == id }) {
                result[index].usedBy.append(what)
                continue
            }
            let source = table[id]
            result.append(ReportSource(number: result.count + 1, id: id, citation: source?.citation ?? rating.citation ?? id,
                                       publisher: source?.publisher ?? "", path: source?.path ?? "",
                                       licence: source?.licence ?? "", usedBy: [what]))
        }
        return result
    }
}
