/// How the countries of one year fall across the rating bands of one area, and the
/// average headline rating by UN region; the figures of a home tile.
public struct AreaStatistics: Sendable, Equatable {
    /// Countries per band; index 0 is band 1.
    public var bands: [Int]
    /// Countries assessed that year with no headline rating in the area.
    public var unrated: Int
    /// Average headline rating per region, with the number of rated countries.
    public var regions: [(name: String, average: Double, count: Int)]

    public static func == (l: AreaStatistics, r: AreaStatistics) -> Bool {
        l.bands == r.bands && l.unrated == r.unrated
            && l.regions.map(\.name) == r.regions.map(\.name)
            && l.regions.map(\.average) == r.regions.map(\.average)
            && l.regions.map(\.count) == r.regions.map(\.count)
    }

    /// Computes the statistics of `areaID` (or of the overall rating when nil) over the
    /// profiles of countries assessed in the year.
    public init(areaID: String?, profiles: [Profile], scale: ClosedRange<Int>) {
        var bands = Array(repeating: 0, count: scale.count)
        var unrated = 0
        var sums: [String: (Int, Int)] = [:]
        for profile in profiles where profile.hasAssessment {
            let value = areaID.flatMap { profile.area($0)?.rating.value } ?? (areaID == nil ? profile.overall.value : nil)
            guard let value, scale.contains(value) else {
                unrated += 1
                continue
            }
            bands[value - scale.lowerBound] += 1
            let region = profile.country.region.isEmpty ? "Other" : profile.country.region
            let sum = sums[region, default: (0, 0)]
            sums[region] = (sum.0 + value, sum.1 + 1)
        }
        self.bands = bands
        self.unrated = unrated
        regions = sums.keys.sorted().map { name in
            let (total, count) = sums[name]!
            return (name, Double(total) / Double(count), count)
        }
    }

    /// Countries with a headline rating.
    public var rated: Int { bands.reduce(0, +) }
}
