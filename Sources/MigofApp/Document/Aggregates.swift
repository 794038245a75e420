import MigofCore

/// What the screens show that is derived from the store in one year: the home statistics,
/// the area rankings and the browser's orders. A score edit moves one country in place;
/// anything bigger recomputes.
///
/// Everything here comes from `YearSummaries` (flat arrays of headline ratings read straight
/// from the store), never from `Profile` values: building a profile per entity was most of
/// the dashboard's start and a fifth of its memory on large stores (issue 15). Profiles are
/// built only for what a screen draws (`Document.profile`).
struct Aggregates: Sendable {
    /// Every entity's headline ratings, folded name and place in each order.
    private(set) var summaries: YearSummaries
    /// UN regions present, sorted.
    let regions: [String]
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
        let summaries = YearSummaries(store: store, year: year, framework: framework)
        self.summaries = summaries
        regions = summaries.regions
        let all = summaries.allStatistics()
        overallStatistics = all[0]
        for (offset, area) in framework.areas.enumerated() {
            statistics[area.id] = all[offset + 1]
            ranked[area.id] = summaries.ranking(area: area.id).map { summaries.codes[$0] }
        }
        assessedCount = summaries.assessedCount
    }

    /// Every country's code under `sort`, as `CountrySort.sort` orders their profiles.
    func order(_ sort: CountrySort) -> [String] {
        summaries.order(sort).map { summaries.codes[$0] }
    }

    /// Re-derives one country after its scores or notes changed: its tile counts and its place
    /// in each ranking, at a cost that does not grow with the store (but for the memmove of
    /// one entry in each ranking).
    mutating func update(_ code: String, in store: Store) {
        guard let index = summaries.index(of: code), let country = store.countries[code] else {
            self = Aggregates(store: store, year: year, framework: framework)
            return
        }
        let region = summaries.region(index)
        let wasAssessed = summaries.isAssessed(index)
        let oldKeys = framework.areas.map { summaries.sortKey(index, .area($0.id)) }
        let columns: [String?] = [nil] + framework.areas.map(\.id)
        let before = columns.map { summaries.rating(index, area: $0) }
        summaries.update(index, from: country)
        let isAssessed = summaries.isAssessed(index)
        assessedCount += (isAssessed ? 1 : 0) - (wasAssessed ? 1 : 0)
        if wasAssessed { overallStatistics.count(rating: before[0], region: region, step: -1) }
        if isAssessed { overallStatistics.count(rating: summaries.rating(index, area: nil), region: region, step: 1) }
        for (offset, area) in framework.areas.enumerated() {
            if wasAssessed { statistics[area.id]?.count(rating: before[offset + 1], region: region, step: -1) }
            if isAssessed { statistics[area.id]?.count(rating: summaries.rating(index, area: area.id), region: region, step: 1) }
            move(code, index: index, area: area.id, from: wasAssessed ? oldKeys[offset] : nil,
                 to: isAssessed ? summaries.sortKey(index, .area(area.id)) : nil)
        }
    }

    /// Takes `code` out of the ranking of `area` at its old key and puts it back at its new
    /// one (nil: not listed), by binary search on the keys of the entities listed.
    private mutating func move(_ code: String, index: Int, area: String, from old: UInt64?, to new: UInt64?) {
        guard old != new else { return }
        // Taken out of the dictionary so the array is uniquely owned and edited in place.
        guard var list = ranked.removeValue(forKey: area) else { return }
        let sort = CountrySort.area(area)
        // Every other entity's key is as it was, and keys are unique, so the search is exact.
        func key(_ other: String) -> UInt64 {
            other == code ? old ?? 0 : summaries.sortKey(summaries.index(of: other)!, sort)
        }
        if let old {
            let position = list.partitionPoint { key($0) < old }
            if position < list.count, list[position] == code {
                list.remove(at: position)
            } else if let found = list.firstIndex(of: code) {
                list.remove(at: found)
            }
        }
        if let new {
            list.insert(code, at: list.partitionPoint { key($0) < new })
        }
        ranked[area] = list
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
