/// How the countries of one year fall across the rating bands of one area, and the
/// average headline rating by UN region; the figures of a home tile.
public struct AreaStatistics: Sendable, Equatable {
    /// Countries per band; index 0 is band 1.
    public var bands: [Int]
    /// Countries assessed that year with no headline rating in the area.
    public var unrated: Int
    /// Sum of ratings and rated countries per region, kept so one edit updates in O(1).
    private var regionTotals: [String: RegionTotal]
    private let areaID: String?
    private let scale: ClosedRange<Int>

    private struct RegionTotal: Sendable, Equatable {
        var total = 0
        var count = 0
    }

    /// Computes the statistics of `areaID` (or of the overall rating when nil) over the
    /// profiles of countries assessed in the year.
    public init(areaID: String?, profiles: [Profile], scale: ClosedRange<Int>) {
        self.areaID = areaID
        self.scale = scale
        bands = Array(repeating: 0, count: scale.count)
        unrated = 0
        regionTotals = [:]
        for profile in profiles { add(profile) }
    }

    /// Figures counted already (see `YearSummaries.allStatistics`): countries per band,
    /// unrated ones, and per region the sum of ratings and the rated countries.
    public init(areaID: String?, scale: ClosedRange<Int>, bands: [Int], unrated: Int,
                regions: [String: (total: Int, count: Int)]) {
        self.areaID = areaID
        self.scale = scale
        self.bands = bands
        self.unrated = unrated
        regionTotals = regions.filter { $0.value.count != 0 }.mapValues { RegionTotal(total: $0.total, count: $0.count) }
    }

    /// The region countries without one are counted under.
    public static let otherRegion = "Other"

    /// Average headline rating per region, with the number of rated countries, by region name.
    public var regions: [(name: String, average: Double, count: Int)] {
        regionTotals.keys.sorted().compactMap { name in
            let sum = regionTotals[name]!
            return sum.count == 0 ? nil : (name, Double(sum.total) / Double(sum.count), sum.count)
        }
    }

    /// Figures resting on fewer countries than this are marked as such: one or two countries
    /// say little about a region.
    public static let minimumCount = 3

    /// Whether a figure over `count` countries rests on too few to say much.
    public static func isThin(_ count: Int) -> Bool { count < minimumCount }

    /// Countries with a headline rating.
    public var rated: Int { bands.reduce(0, +) }

    /// Counts one more country's profile.
    public mutating func add(_ profile: Profile) {
        count(profile, step: 1)
    }

    /// Takes back a profile counted before, e.g. the old state of an edited country.
    public mutating func remove(_ profile: Profile) {
        count(profile, step: -1)
    }

    private mutating func count(_ profile: Profile, step: Int) {
        guard profile.hasAssessment else { return }
        let value = areaID.map { profile.area($0)?.rating.value } ?? profile.overall.value
        count(rating: value, region: profile.country.region, step: step)
    }

    /// Counts (`step` 1) or takes back (-1) an assessed country with headline rating `value`
    /// (nil: unrated) in `region`: what `add` and `remove` do with a profile, from the figures
    /// alone, for `YearSummaries`.
    public mutating func count(rating value: Int?, region: String, step: Int) {
        guard let value, scale.contains(value) else {
            unrated += step
            return
        }
        bands[value - scale.lowerBound] += step
        let region = region.isEmpty ? Self.otherRegion : region
        regionTotals[region, default: RegionTotal()].total += step * value
        regionTotals[region, default: RegionTotal()].count += step
        // A region whose last rated country left is dropped, so equal figures compare equal
        // however they were reached.
        if regionTotals[region]?.count == 0 { regionTotals[region] = nil }
    }
}
