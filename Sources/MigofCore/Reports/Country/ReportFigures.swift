/// The figures a profile report gives for one area or for the overall rating: the published
/// and assessed rating, the change since the previous round, and the region and the world.
public struct ReportFigures: Sendable, Equatable {
    public var rating: Rating
    /// The country's previous assessment year before the report's, if any.
    public var previousYear: Int?
    /// Like with like (`RoundChange.between`); nil when there is no previous round or the two
    /// rounds have no figure of the same kind.
    public var change: RoundChange?
    public var benchmark: ReportBenchmark

    public init(rating: Rating, previousYear: Int?, change: RoundChange?, benchmark: ReportBenchmark) {
        self.rating = rating
        self.previousYear = previousYear
        self.change = change
        self.benchmark = benchmark
    }

    /// `rating` against `previous` (the same area in the previous round).
    public init(rating: Rating, previous: Rating?, previousYear: Int?, benchmark: ReportBenchmark) {
        self.init(rating: rating, previousYear: previousYear,
                  change: previous.flatMap { RoundChange.between($0, rating) }, benchmark: benchmark)
    }

    /// "▲1 since 2019 (published 2 → 3)", "= since 2019 (assessed 3 → 3)", "not comparable
    /// with 2019" or "first round".
    public var changeText: String {
        guard let previousYear else { return "first round" }
        guard let change else { return "not comparable with \(previousYear)" }
        return "\(ComparisonReport.deltaText(change.delta)) since \(previousYear) "
            + "(\(change.basis.rawValue) \(change.from) → \(change.to))"
    }

    /// A table's change cell, the mark and the figures apart: ("▲1", "published 2 → 3"),
    /// ("–", "not comparable"), or ("", "first round").
    public var changeCell: (mark: String, detail: String) {
        guard previousYear != nil else { return ("", "first round") }
        guard let change else { return ("–", "not comparable") }
        return (ComparisonReport.deltaText(change.delta), "\(change.basis.rawValue) \(change.from) → \(change.to)")
    }

    /// The published rating, or "–".
    public var publishedText: String { rating.published.map(String.init) ?? "–" }
}
