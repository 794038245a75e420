/// The headline ratings of an assessment (`Rating.value` of the overall rating and of each
/// area), worked out straight from its scores and published ratings.
///
/// `Profile` builds the same figures with their citations, captions and indicator entries;
/// the dashboard needs only the headline numbers of every entity to draw its tiles and
/// rankings, and building 20,000 profiles for that was most of its start (issue 15). This
/// walks the framework's indicators once, summing answer values in the order `Profile`
/// sums them, so the figures are the same to the last bit; a test holds the two equal.
public struct HeadlineRules: Sendable {
    /// Indicator ids in framework order, the order assessments keep their scores in.
    private let indicatorIDs: [String]
    /// Per indicator, the value of each answer option (answer `n` is `values[n - 1]`).
    private let optionValues: [[Double]]
    /// Per area, its indicators' range in `indicatorIDs`.
    private let areaRanges: [Range<Int>]
    private let areaIDs: [String]
    private let rule: ScoringRule

    /// The rules of `framework`.
    public init(framework: Framework) {
        var ids: [String] = [], values: [[Double]] = [], ranges: [Range<Int>] = []
        for area in framework.areas {
            let first = ids.count
            for indicator in area.indicators {
                ids.append(indicator.id)
                values.append(indicator.options.map(\.value))
            }
            ranges.append(first..<ids.count)
        }
        indicatorIDs = ids
        optionValues = values
        areaRanges = ranges
        areaIDs = framework.areas.map(\.id)
        rule = framework.rule
    }

    /// Ratings per entity: the overall one, then one per area in framework order.
    public var columns: Int { 1 + areaIDs.count }

    /// Writes the headline ratings of `assessment` (nil: none that year) into `ratings`
    /// from `offset`: overall first, then each area's; `missing` where a rating has no value.
    public func write(_ assessment: Assessment?, into ratings: inout [Int32], at offset: Int, missing: Int32) {
        guard let assessment else {
            for column in 0..<columns { ratings[offset + column] = missing }
            return
        }
        var allSum = 0.0, allCount = 0, areaFigureSum = 0.0, areaFigureCount = 0
        for (areaIndex, range) in areaRanges.enumerated() {
            var sum = 0.0, count = 0
            for position in range {
                guard let answer = assessment.scores.value(forKey: indicatorIDs[position], hint: position) else { continue }
                let values = optionValues[position]
                guard values.indices.contains(answer - 1) else { continue }
                sum += values[answer - 1]
                allSum += values[answer - 1]
                count += 1
                allCount += 1
            }
            // As `ScoringRule.figure(ofValues:)`: multiply before dividing.
            let figure = count == 0 ? nil : sum * rule.factor / Double(count)
            if let figure {
                areaFigureSum += figure
                areaFigureCount += 1
            }
            let reported = assessment.reportedAreas.value(forKey: areaIDs[areaIndex], hint: areaIndex)?.rating
            ratings[offset + 1 + areaIndex] = headline(figure: figure, scored: count, total: range.count,
                                                       reported: reported, missing: missing)
        }
        let overall: Double?
        switch rule.overall {
        case .indicators: overall = allCount == 0 ? nil : allSum * rule.factor / Double(allCount)
        case .areas: overall = areaFigureCount == 0 ? nil : areaFigureSum / Double(areaFigureCount)
        }
        ratings[offset] = headline(figure: overall, scored: allCount, total: indicatorIDs.count,
                                   reported: assessment.reportedOverall?.rating, missing: missing)
    }

    /// `Rating.value`: the assessed band when every indicator is answered, else the published rating.
    private func headline(figure: Double?, scored: Int, total: Int, reported: Int?, missing: Int32) -> Int32 {
        if let figure, total > 0, scored == total, let band = rule.band(figure) { return Int32(clamping: band) }
        return reported.map { Int32(clamping: $0) } ?? missing
    }
}
