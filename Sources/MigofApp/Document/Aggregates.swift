import MigofCore

/// What the screens show that is derived from the store in one year: profiles, the home
/// statistics and the area rankings. A score edit moves one country in place; anything
/// bigger recomputes.
struct Aggregates: Sendable {
    private(set) var profiles: [String: Profile] = [:]
    /// UN regions present, sorted.
    private(set) var regions: [String] = []
    private(set) var statistics: [String: AreaStatistics] = [:]
    private(set) var overallStatistics: AreaStatistics
    /// Countries with an assessment in the year shown.
    private(set) var assessedCount = 0
    /// Per area, the ISO3 codes of countries with a rating (best first, by `CountrySort`),
    /// then the assessed ones still unrated, by name, so they can be scored from there.
    private(set) var ranked: [String: [String]] = [:]
    private let framework: Framework
    private let year: Int

    init(store: Store, year: Int, framework: Framework) {
        self.framework = framework
        self.year = year
        overallStatistics = AreaStatistics(areaID: nil, profiles: [], scale: framework.scoreRange)
        regions = Array(Set(store.countries.values.map(\.region).filter { !$0.isEmpty })).sorted()
        profiles.reserveCapacity(store.countries.count)
        for (code, country) in store.countries {
            profiles[code] = Profile(country: country, year: year, framework: framework, sources: store.sources)
        }
        // From compact summaries, never from sorted copies of profiles, whose retains and
        // releases were most of the dashboard's start on a large store (issue 15).
        let summaries = self.summaries()
        for area in framework.areas {
            statistics[area.id] = summaries.statistics(area: area.id)
            ranked[area.id] = summaries.ranking(area: area.id).map { summaries.codes[$0] }
        }
        overallStatistics = summaries.statistics(area: nil)
        assessedCount = summaries.assessedCount
    }

    /// The profiles' headline ratings and folded names in flat arrays (see `YearSummaries`).
    func summaries() -> YearSummaries {
        YearSummaries(profiles.values, framework: framework) { $0.country.name.folded }
    }

    /// Every country's code under `sort`, as `CountrySort.sort` orders their profiles.
    func order(_ sort: CountrySort) -> [String] {
        let summaries = summaries()
        return summaries.order(sort).map { summaries.codes[$0] }
    }

    /// Whether a profile is listed in an area's ranking.
    static func isRanked(_ profile: Profile, area: String) -> Bool {
        profile.area(area)?.rating.value != nil || profile.hasAssessment
    }

    /// Re-derives one country after its scores or notes changed: its tile counts and its place
    /// in each ranking, at a cost that does not grow with the store.
    mutating func update(_ code: String, in store: Store) {
        guard let old = profiles[code], let country = store.countries[code] else {
            self = Aggregates(store: store, year: year, framework: framework)
            return
        }
        let new = Profile(country: country, year: year, framework: framework, sources: store.sources)
        for area in framework.areas {
            statistics[area.id]?.remove(old)
            statistics[area.id]?.add(new)
            // Taken out of the dictionary so the array is uniquely owned and edited in place.
            guard var list = ranked.removeValue(forKey: area.id) else { continue }
            let order = CountrySort.area(area.id)
            // The list is ordered by the old profile, so the country is found by binary search.
            var index = list.partitionPoint { other in
                other == code ? false : (profiles[other].map { order.precedes($0, old) } ?? true)
            }
            while index < list.count, list[index] != code { index += 1 }
            if index < list.count { list.remove(at: index) } else if let found = list.firstIndex(of: code) { list.remove(at: found) }
            if Self.isRanked(new, area: area.id) {
                let position = list.partitionPoint { other in profiles[other].map { order.precedes($0, new) } ?? true }
                list.insert(code, at: position)
            }
            ranked[area.id] = list
        }
        overallStatistics.remove(old)
        overallStatistics.add(new)
        profiles[code] = new
    }
}

extension Array {
    /// The first index whose element does not satisfy `belongsBefore`, for an array already
    /// partitioned by it: a binary search.
    func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongsBefore(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
