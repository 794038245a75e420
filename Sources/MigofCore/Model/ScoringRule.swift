/// How a framework turns answers into ratings, read from the framework file's `rule`.
///
/// An area's figure is the mean of its answers' values times `factor`; the overall figure is
/// the mean of all indicators' values times `factor` (`overall: indicators`) or the mean of the
/// area figures (`overall: areas`). A figure is turned into a rating by `bands`: the rating of
/// the last band whose `from` the figure reaches.
public struct ScoringRule: Sendable, Equatable {
    /// Where the overall figure comes from.
    public enum Overall: String, Sendable, Equatable {
        /// The mean of every indicator's answer, times the factor.
        case indicators
        /// The mean of the area figures.
        case areas
    }

    /// One threshold: a figure of at least `from` (up to the next band) is rated `rating`.
    public struct Band: Sendable, Equatable {
        public var from: Double
        public var rating: Int

        public init(from: Double, rating: Int) {
            self.from = from
            self.rating = rating
        }
    }

    public var factor: Double
    /// Ascending by `from`; the first band starts at the lowest possible figure.
    public var bands: [Band]
    public var overall: Overall
    /// Written after a figure: `%` for a percentage, empty for a plain mean.
    public var unit: String

    public init(factor: Double, bands: [Band], overall: Overall, unit: String = "") {
        self.factor = factor
        self.bands = bands.sorted { $0.from < $1.from }
        self.overall = overall
        self.unit = unit
    }

    /// Figures this close below a threshold count as reaching it, so that a sum of halves
    /// divided by a count never misses a band edge by a rounding error.
    static let tolerance = 1e-9

    /// The figure of a set of answer values: their mean times the factor; nil for none.
    public func figure(ofValues values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        // Multiply before dividing: 4 × 100 / 5 is exactly 80, 0.8 × 100 is not.
        return values.reduce(0, +) * factor / Double(values.count)
    }

    /// The overall figure from area figures (the `areas` rule): their plain mean.
    public func figure(ofAreaFigures figures: [Double]) -> Double? {
        guard !figures.isEmpty else { return nil }
        return figures.reduce(0, +) / Double(figures.count)
    }

    /// The rating a figure falls in; below the first band it gets the first band's rating.
    public func band(_ figure: Double) -> Int? {
        guard let first = bands.first else { return nil }
        return bands.last { figure >= $0.from - Self.tolerance }?.rating ?? first.rating
    }

    /// "60%" or "2.67": the figure as screens and reports show it.
    public func text(_ figure: Double) -> String {
        Self.text(figure, unit: unit)
    }

    /// A figure with its unit: whole percentages without decimals, other figures with two.
    public static func text(_ figure: Double, unit: String) -> String {
        let rounded = (figure * 100).rounded() / 100
        if unit == "%" {
            let whole = rounded.rounded()
            return (abs(rounded - whole) < 1e-9 ? String(Int(whole)) : String(format2(rounded))) + "%"
        }
        return format2(rounded) + unit
    }

    private static func format2(_ value: Double) -> String {
        let cents = Int((abs(value) * 100).rounded())
        let sign = value < 0 ? "-" : ""
        let fraction = cents % 100
        return "\(sign)\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
