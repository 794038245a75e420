import MigofCore

/// What the screens show that is derived from the store in one year: the home statistics,
/// the area rankings and the browser's orders. A score edit moves one country in place;
/// anything bigger recomputes.
///
/// Everything here comes from `YearSummaries` (flat arrays of headline ratings read straight
/// from the store), never from `Profile` values: building a profile per entity was most of
/// the dashboard's start and a fifth of its memory on large stores (issue 15). Profiles are
/// built only for what a screen draws (`Document.profile`); the tiles are counted at once,
/// the name order, rankings and country matcher when first asked for (`AggregateCache`).
struct Aggregates: Sendable {
    /// Every entity's headline ratings, name and codes.
    private(set) var summaries: YearSummaries
    /// UN regions present, sorted.
    let regions: [String]
    private(set) var statistics: [String: AreaStatistics] = [:]
    private(set) var overallStatistics: AreaStatistics
    /// Countries with an assessment in the year shown.
    private(set) var assessedCount = 0
    private var cache = AggregateCache()
    private let framework: Framework
    private let year: Int

    /// The aggregates of `store` in `year`; from `headlines` when the decoder worked them
    /// out as it read this store (see `StoreHeadlines`), else from one pass over the store.
    init(store: Store, year: Int, framework: Framework, headlines: StoreHeadlines? = nil) {
        self.framework = framework
        self.year = year
        let summaries = headlines.map { YearSummaries(headlines: $0, year: year, framework: framework) }
            ?? YearSummaries(store: store, year: year, framework: framework)
        self.summaries = summaries
        regions = summaries.regions
        let all = summaries.allStatistics()
        overallStatistics = all[0]
        for (offset, area) in framework.areas.enumerated() { statistics[area.id] = all[offset + 1] }
        assessedCount = summaries.assessedCount
    }

    /// Per area, the ISO3 codes of countries with a rating (best first, by `CountrySort`),
    /// then the assessed ones still unrated, by name, so they can be scored from there.
    var ranked: Rankings { Rankings(aggregates: self) }

    /// The rankings, read as a dictionary by area id; each is built when first read.
    struct Rankings: Sendable {
        fileprivate let aggregates: Aggregates

        subscript(area: String) -> [String]? {
            guard aggregates.framework.area(area) != nil else { return nil }
            return aggregates.ranking(area)
        }
    }

    private func ranking(_ area: String) -> [String] {
        cache.ranking(area) {
            summaries.ranking(area: area, names: names).map { summaries.codes[$0] }
        }
    }

    /// The entities' name order.
    var names: NameOrder { cache.names { summaries.nameOrder() } }

    /// The one matcher for every place a typed name finds a country (see `CountryIndex`).
    var countryIndex: CountryIndex { cache.countries { CountryIndex(summaries: summaries, names: names) } }

    /// What moved since the previous round (for Home), counted when first asked for, since it
    /// builds two profiles per country assessed in both rounds. Not on stores of more than
    /// `roundsLimit` entities: there it would cost more than the whole dashboard build (about
    /// 1.4 × a load at 20,000) on Home's first frame, so Home says `:rounds` counts it.
    func rounds(_ store: Store) -> HomeRounds? {
        guard store.countries.count <= Self.roundsLimit else { return nil }
        return cache.rounds { HomeRounds(store: store, framework: framework, year: year) }
    }

    /// The largest store Home counts the changes since the previous round for.
    static let roundsLimit = 5_000

    /// Every country's code under `sort`, as `CountrySort.sort` orders their profiles.
    func order(_ sort: CountrySort) -> [String] {
        summaries.order(sort, names: names).map { summaries.codes[$0] }
    }

    /// Re-derives one country after its scores or notes changed: its tile counts and its place
    /// in each ranking built so far, at a cost that does not grow with the store (but for the
    /// memmove of one entry in each ranking).
    mutating func update(_ code: String, in store: Store) {
        guard let index = summaries.index(of: code), let country = store.countries[code] else {
            self = Aggregates(store: store, year: year, framework: framework)
            return
        }
        // Shared with a copy of this value (an older App, a test's snapshot): keep theirs as is.
        if !isKnownUniquelyReferenced(&cache) { cache = cache.copy() }
        cache.dropRounds()
        let region = summaries.region(index)
        let wasAssessed = summaries.isAssessed(index)
        let columns: [String?] = [nil] + framework.areas.map(\.id)
        let before = columns.map { summaries.rating(index, area: $0) }
        let names = cache.builtNames
        let oldKeys = names.map { names in framework.areas.map { summaries.sortKey(index, .area($0.id), names: names) } }
        summaries.update(index, from: country)
        let isAssessed = summaries.isAssessed(index)
        assessedCount += (isAssessed ? 1 : 0) - (wasAssessed ? 1 : 0)
        for (column, area) in columns.enumerated() {
            var figures = area.flatMap { statistics[$0] } ?? overallStatistics
            if wasAssessed { figures.count(rating: before[column], region: region, step: -1) }
            if isAssessed { figures.count(rating: summaries.rating(index, area: area), region: region, step: 1) }
            if let area { statistics[area] = figures } else { overallStatistics = figures }
        }
        // Rankings not built yet are built from the updated summaries when first read.
        guard let names, let oldKeys else { return }
        for (offset, area) in framework.areas.enumerated() {
            let new = summaries.sortKey(index, .area(area.id), names: names)
            move(code, area: area.id, names: names, from: wasAssessed ? oldKeys[offset] : nil, to: isAssessed ? new : nil)
        }
    }

    /// Takes `code` out of the ranking of `area` at its old key and puts it back at its new
    /// one (nil: not listed), by binary search on the keys of the entities listed.
    private func move(_ code: String, area: String, names: NameOrder, from old: UInt64?, to new: UInt64?) {
        guard old != new else { return }
        let sort = CountrySort.area(area)
        // The caller looked `code` up, so the code index is built and this copy shares it.
        var lookup = summaries
        // Every other entity's key is as it was, and keys are unique, so the search is exact.
        func key(_ other: String) -> UInt64 {
            other == code ? old ?? 0 : lookup.sortKey(lookup.index(of: other)!, sort, names: names)
        }
        cache.editRanking(area) { list in
            if let old {
                let position = list.partitionPoint { key($0) < old }
                if position < list.count, list[position] == code {
                    list.remove(at: position)
                } else if let found = list.firstIndex(of: code) {
                    list.remove(at: found)
                }
            }
            if let new { list.insert(code, at: list.partitionPoint { key($0) < new }) }
        }
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
