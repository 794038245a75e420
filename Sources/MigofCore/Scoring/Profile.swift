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
        var position = 0
        for (areaIndex, area) in framework.areas.enumerated() {
            let first = position
            var sum = 0
            var count = 0
            for indicator in area.indicators {
                if let score = assessment.scores.value(forKey: indicator.id, hint: position) {
                    sum += score
                    count += 1
                }
                position += 1
            }
            let mean = count == 0 ? nil : Double(sum) / Double(count)
            if let mean { means.append(mean) }
            scored += count
            total += area.indicators.count
            let reported = assessment.reportedAreas.value(forKey: area.id, hint: areaIndex)
            let rating = Rating(reported: reported?.rating, source: reported?.source,
                                assessedMean: mean, scored: count, total: area.indicators.count)
            areas.append(AreaProfile(area: area, rating: rating, scores: assessment.scores, notes: assessment.notes,
                                     firstPosition: first))
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
