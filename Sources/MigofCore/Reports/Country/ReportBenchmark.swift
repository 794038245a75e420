/// A country's rating beside the average of its UN region and of the world, in one year,
/// with the number of rated countries behind each average.
///
/// Averages are of headline ratings (`Rating.value`: a complete assessment, else the published
/// rating), over the countries assessed that year that have one, the country itself included;
/// a partial assessment never counts, as in every other statistic.
public struct ReportBenchmark: Sendable, Equatable {
    /// The country's own headline rating.
    public var value: Int?
    /// The region's name ("Other" when the country has none).
    public var region: String
    public var regionAverage: Double?
    /// Rated countries in the region.
    public var regionCount: Int
    public var worldAverage: Double?
    /// Rated countries in the world.
    public var worldCount: Int

    public init(value: Int?, region: String, regionAverage: Double?, regionCount: Int,
                worldAverage: Double?, worldCount: Int) {
        self.value = value
        self.region = region
        self.regionAverage = regionAverage
        self.regionCount = regionCount
        self.worldAverage = worldAverage
        self.worldCount = worldCount
    }

    /// The benchmark of `value` from the year's statistics of the area (or overall).
    public init(value: Int?, region: String, statistics: AreaStatistics, scale: ClosedRange<Int>) {
        let region = region.isEmpty ? "Other" : region
        let own = statistics.regions.first { $0.name == region }
        let rated = statistics.rated
        let sum = statistics.bands.enumerated().reduce(0) { $0 + (scale.lowerBound + $1.offset) * $1.element }
        self.init(value: value, region: region, regionAverage: own?.average, regionCount: own?.count ?? 0,
                  worldAverage: rated == 0 ? nil : Double(sum) / Double(rated), worldCount: rated)
    }

    /// True when the region's average rests on too few countries to say much (`AreaStatistics.isThin`).
    public var regionIsThin: Bool { AreaStatistics.isThin(regionCount) }

    /// An average as reports write it: two decimals, or "–".
    public static func text(_ average: Double?) -> String {
        average.map { ScoringRule.text($0, unit: "") } ?? "–"
    }
}
