/// A country's assessment in one year, with every rating worked out.
///
/// This is the one model behind `migof show`, the TUI profile and comparisons, so no two
/// views can compute a rating differently. Ratings follow the framework's `rule`.
public struct Profile: Sendable, Equatable {
    public var country: Country
    /// The year shown; the country may have no assessment for it.
    public var year: Int
    public var overall: Rating
    public var areas: [AreaProfile]

    /// Works out the profile of `country` in `year` under `framework`; `sources` (the store's
    /// table) gives each published rating its citation.
    public init(country: Country, year: Int, framework: Framework, sources: [String: Source] = [:]) {
        self.country = country
        self.year = year
        let assessment = country.assessments[year] ?? Assessment()
        let rule = framework.rule
        var areas: [AreaProfile] = []
        var allValues: [Double] = []
        var areaFigures: [Double] = []
        var total = 0
        var position = 0
        for (areaIndex, area) in framework.areas.enumerated() {
            let first = position
            var values: [Double] = []
            for indicator in area.indicators {
                if let answer = assessment.scores.value(forKey: indicator.id, hint: position),
                   indicator.options.indices.contains(answer - 1) {
                    values.append(indicator.options[answer - 1].value)
                }
                position += 1
            }
            let figure = rule.figure(ofValues: values)
            if let figure { areaFigures.append(figure) }
            allValues += values
            total += area.indicators.count
            let reported = assessment.reportedAreas.value(forKey: area.id, hint: areaIndex)
            let rating = Self.rating(reported, sources, figure: figure, rule: rule, scored: values.count,
                                     total: area.indicators.count)
            areas.append(AreaProfile(area: area, rating: rating, scores: assessment.scores, notes: assessment.notes,
                                     firstPosition: first))
        }
        self.areas = areas
        let overallFigure = rule.overall == .indicators
            ? rule.figure(ofValues: allValues) : rule.figure(ofAreaFigures: areaFigures)
        overall = Self.rating(assessment.reportedOverall, sources, figure: overallFigure, rule: rule,
                              scored: allValues.count, total: total)
    }

    private static func rating(_ reported: ReportedRating?, _ sources: [String: Source], figure: Double?,
                               rule: ScoringRule, scored: Int, total: Int) -> Rating {
        Rating(reported: reported?.rating, source: reported?.source,
               citation: reported.map { sources[$0.source]?.citation ?? $0.source }, caveat: reported?.caveat,
               assessedMean: figure, assessed: figure.flatMap(rule.band), scored: scored, total: total, unit: rule.unit)
    }

    /// True when the country has an assessment for the year.
    public var hasAssessment: Bool { country.assessments[year] != nil }

    public func area(_ id: String) -> AreaProfile? {
        areas.first { $0.area.id == id }
    }
}
