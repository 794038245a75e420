/// Every entity's headline ratings in one year, compact: what the dashboard's tiles and
/// rankings are computed from.
///
/// Sorting and filtering `Profile` values copies each one (a country, six area profiles,
/// ratings with their strings), and retaining and releasing those copies was most of the
/// dashboard's start on a store of 20,000 entities. Here each entity is an index into flat
/// arrays of small integers, with its folded name computed once: the statistics take one
/// pass over them and each ranking is an array of indices sorted once on precomputed keys.
public struct YearSummaries: Sendable {
    /// The entities' codes; an entity's index is its position here.
    public let codes: [String]
    /// Folded names, the name order's key.
    private let names: [String]
    private let regions: [String]
    private let assessed: [Bool]
    /// Per entity, `1 + areaCount` ratings: the overall one, then each area's in framework
    /// order; `Int32.min` where there is none.
    private let ratings: [Int32]
    private let areaIDs: [String]
    private let scale: ClosedRange<Int>

    /// The summaries of `profiles` (one year's), named by `foldedName`.
    public init<S: Sequence>(_ profiles: S, framework: Framework, foldedName: (Profile) -> String)
    where S.Element == Profile {
        areaIDs = framework.areas.map(\.id)
        scale = framework.scoreRange
        var codes: [String] = [], names: [String] = [], regions: [String] = []
        var assessed: [Bool] = [], ratings: [Int32] = []
        for profile in profiles {
            codes.append(profile.country.iso3)
            names.append(foldedName(profile))
            regions.append(profile.country.region)
            assessed.append(profile.hasAssessment)
            ratings.append(Self.stored(profile.overall.value))
            for area in profile.areas { ratings.append(Self.stored(area.rating.value)) }
        }
        self.codes = codes
        self.names = names
        self.regions = regions
        self.assessed = assessed
        self.ratings = ratings
    }

    private static func stored(_ value: Int?) -> Int32 { value.map { Int32(clamping: $0) } ?? .min }

    /// Entities with an assessment in the year.
    public var assessedCount: Int { assessed.count { $0 } }

    /// The headline rating of entity `index` in `area` (nil: overall), if any.
    public func rating(_ index: Int, area: String?) -> Int? {
        let value = ratings[index * (1 + areaIDs.count) + column(area)]
        return value == .min ? nil : Int(value)
    }

    private func column(_ area: String?) -> Int {
        area.flatMap { id in areaIDs.firstIndex(of: id).map { $0 + 1 } } ?? 0
    }

    /// The tile figures of `area` (nil: overall), equal to `AreaStatistics(areaID:profiles:scale:)`.
    public func statistics(area: String?) -> AreaStatistics {
        var statistics = AreaStatistics(areaID: area, profiles: [], scale: scale)
        let stride = 1 + areaIDs.count, column = column(area)
        for index in codes.indices where assessed[index] {
            let value = ratings[index * stride + column]
            statistics.count(rating: value == .min ? nil : Int(value), region: regions[index], step: 1)
        }
        return statistics
    }

    /// Every entity under `sort`, as `CountrySort.sort` orders profiles: by folded name, or
    /// by the rating, highest first, unrated last, ties by name; equal names by code.
    public func order(_ sort: CountrySort) -> [Int] {
        var indices = Array(codes.indices)
        switch sort {
        case .name:
            indices.sort { byName($0, $1) }
        case .overall, .area:
            let column = sort == .overall ? 0 : column(sort.label)
            let stride = 1 + areaIDs.count
            indices.sort { l, r in
                let a = ratings[l * stride + column], b = ratings[r * stride + column]
                return a != b ? a > b : byName(l, r)
            }
        }
        return indices
    }

    /// The ranking of `area`: the entities rated in it, best first, then those assessed but
    /// unrated in it, by name, so they can be scored from there.
    public func ranking(area: String) -> [Int] {
        let stride = 1 + areaIDs.count, column = column(area)
        let ordered = order(.area(area))
        let rated = ordered.filter { ratings[$0 * stride + column] != .min }
        let unrated = ordered.filter { assessed[$0] && ratings[$0 * stride + column] == .min }
        return rated + unrated
    }

    private func byName(_ l: Int, _ r: Int) -> Bool {
        names[l] != names[r] ? names[l] < names[r] : codes[l] < codes[r]
    }
}
