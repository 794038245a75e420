/// A country's assessment in one year, with every rating worked out.
///
/// This is the one model behind `migof show`, the TUI profile and comparisons, so no two
/// views can compute a rating differently.
public struct Profile: Sendable, Equatable {
    public var country: Country
    /// The year shown; the country may have no assessment for it.
    public var year: Int
    public var overall: Rating
    public var areas: [AreaProfile]

    /// Works out the profile of `country` in `year` under `framework`.
    public init(country: Country, year: Int, framework: Framework) {
        self.country = country
        self.year = year
        let assessment = country.assessments[year] ?? Assessment()
        var areas: [AreaProfile] = []
        var means: [Double] = []
        var scored = 0
        var total = 0
        for area in framework.areas {
            let entries = area.indicators.map {
                IndicatorEntry(indicator: $0, score: assessment.scores[$0.id], note: assessment.notes[$0.id])
            }
            let scores = entries.compactMap(\.score)
            let mean = scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
            if let mean { means.append(mean) }
            scored += scores.count
            total += entries.count
            let reported = assessment.reportedAreas[area.id]
            let rating = Rating(reported: reported?.rating, source: reported?.source,
                                assessedMean: mean, scored: scores.count, total: entries.count)
            areas.append(AreaProfile(area: area, rating: rating, indicators: entries))
        }
        self.areas = areas
        overall = Rating(reported: assessment.reportedOverall?.rating, source: assessment.reportedOverall?.source,
                         assessedMean: means.isEmpty ? nil : means.reduce(0, +) / Double(means.count),
                         scored: scored, total: total)
    }

    /// True when the country has an assessment for the year.
    public var hasAssessment: Bool { country.assessments[year] != nil }

    public func area(_ id: String) -> AreaProfile? {
        areas.first { $0.area.id == id }
    }
}
