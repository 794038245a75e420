import Testing
@testable import MigofCore

/// The compact summaries behind the dashboard's tiles and rankings must give exactly what
/// the simple computation over `Profile` values gives, after any edits.
@Suite struct YearSummariesTests {
    let framework = Fixtures.framework

    /// The simple computation: statistics over the profiles, rankings and orders by sorting
    /// profiles with `CountrySort` (equal names by code, so the order is defined).
    private func check(_ store: Store, year: Int) {
        // Read on two threads even though these stores are small: both paths are held to `Profile`.
        check(store, year: year, summaries: YearSummaries(store: store, year: year, framework: framework, parallelFrom: 2))
        check(store, year: year, summaries: YearSummaries(store: store, year: year, framework: framework, parallelFrom: .max))
    }

    private func check(_ store: Store, year: Int, summaries: YearSummaries) {
        let profiles = store.codes.map { Profile(country: store.countries[$0]!, year: year, framework: framework) }
        let names = summaries.nameOrder()
        func sorted(_ list: [Profile], _ sort: CountrySort) -> [String] {
            let key = { (p: Profile) in sort.key(p) ?? Int.min }
            return list.sorted { l, r in
                if sort != .name, key(l) != key(r) { return key(l) > key(r) }
                let a = l.country.name.folded, b = r.country.name.folded
                return a != b ? a < b : l.country.iso3 < r.country.iso3
            }.map(\.country.iso3)
        }
        #expect(summaries.statistics(area: nil) == AreaStatistics(areaID: nil, profiles: profiles, scale: framework.scoreRange))
        #expect(summaries.assessedCount == profiles.count(where: \.hasAssessment))
        #expect(summaries.allStatistics().count == 1 + framework.areas.count)
        #expect(summaries.regions == Array(Set(profiles.map(\.country.region).filter { !$0.isEmpty })).sorted())
        #expect(names.order.map { summaries.codes[$0] } == sorted(profiles, .name))
        for sort in [CountrySort.name, .overall] + framework.areas.map({ CountrySort.area($0.id) }) {
            #expect(summaries.order(sort, names: names).map { summaries.codes[$0] } == sorted(profiles, sort), "order \(sort.label)")
        }
        for area in framework.areas {
            #expect(summaries.statistics(area: area.id)
                    == AreaStatistics(areaID: area.id, profiles: profiles, scale: framework.scoreRange), "tiles \(area.id)")
            let rated = sorted(profiles.filter { $0.area(area.id)?.rating.value != nil }, .area(area.id))
            let unrated = sorted(profiles.filter { $0.hasAssessment && $0.area(area.id)?.rating.value == nil }, .name)
            #expect(summaries.ranking(area: area.id, names: names).map { summaries.codes[$0] } == rated + unrated, "ranking \(area.id)")
            for index in summaries.codes.indices {
                let profile = Profile(country: store.countries[summaries.codes[index]]!, year: year, framework: framework)
                #expect(summaries.rating(index, area: area.id) == profile.area(area.id)?.rating.value)
                #expect(summaries.rating(index, area: nil) == profile.overall.value)
            }
        }
    }

    @Test func theBundledStoreInEveryYear() {
        let store = Fixtures.importedStore
        for year in store.years { check(store, year: year) }
    }

    /// The MGI topics average area figures for the overall rating (`overall: areas`); the
    /// SDG framework averages every indicator: both rules give `Profile`'s headlines.
    @Test func bothOverallRulesOnPartlyScoredStores() throws {
        for chosen in [framework, Fixtures.sdg] {
            var store = SyntheticStore(entities: 60, years: 1, seed: 3).make(framework: chosen)
            var random = SplitMix64(seed: 7)
            for code in store.codes {
                store.countries[code]!.assessments[SyntheticStore.lastYear]?.reportedOverall = nil
                for indicator in chosen.indicators where random.next(below: 5) == 0 {
                    try store.setScore(nil, indicator: indicator.id, country: code, year: SyntheticStore.lastYear, framework: chosen)
                }
            }
            let summaries = YearSummaries(store: store, year: SyntheticStore.lastYear, framework: chosen)
            for (index, code) in summaries.codes.enumerated() {
                let profile = Profile(country: store.countries[code]!, year: SyntheticStore.lastYear, framework: chosen)
                #expect(summaries.rating(index, area: nil) == profile.overall.value, "\(chosen.id) \(code)")
                for area in chosen.areas {
                    #expect(summaries.rating(index, area: area.id) == profile.area(area.id)?.rating.value)
                }
            }
        }
    }

    /// The two threads' halves joined in the dictionary's order, regions renumbered into one
    /// sorted list: the same summaries as one thread reading the whole store.
    @Test func twoThreadsReadWhatOneReads() {
        for entities in [2, 3, 137, 2_001] {
            let store = SyntheticStore(entities: entities, years: 2, seed: 5).make(framework: framework)
            for year in store.years {
                let one = YearSummaries(store: store, year: year, framework: framework, parallelFrom: .max)
                let two = YearSummaries(store: store, year: year, framework: framework, parallelFrom: 2)
                #expect(two.codes == one.codes && two.names == one.names, "\(entities) entities")
                #expect(two.iso3s == one.iso3s && two.iso2s == one.iso2s)
                #expect(two.regionNames == one.regionNames && two.regionIndex == one.regionIndex)
                #expect(two.assessed == one.assessed && two.ratings == one.ratings)
                #expect(two.codes.count == entities && Set(two.codes) == Set(store.codes))
            }
        }
        let bundled = Fixtures.importedStore
        let year = bundled.years.last!
        let one = YearSummaries(store: bundled, year: year, framework: framework, parallelFrom: .max)
        let two = YearSummaries(store: bundled, year: year, framework: framework, parallelFrom: 2)
        #expect(two.regionNames == one.regionNames && two.regionIndex == one.regionIndex && two.ratings == one.ratings)
        #expect(one.regionNames.count > 2)
    }

    @Test func aSyntheticStoreAfterRandomEdits() throws {
        var store = SyntheticStore(entities: 120, years: 2, seed: 11).make(framework: framework)
        var random = SplitMix64(seed: 1015)
        let codes = store.codes
        let indicators = framework.indicators
        // Without published ratings, half the entities are rated from their scores, so edits move them.
        for code in codes where random.next(below: 2) == 0 {
            for year in [SyntheticStore.lastYear, SyntheticStore.lastYear - 1] {
                store.countries[code]!.assessments[year]?.reportedOverall = nil
                for area in framework.areas where random.next(below: 4) != 0 {
                    store.countries[code]!.assessments[year]?.reportedAreas[area.id] = nil
                }
            }
        }
        for round in 0..<40 {
            // Clearing and setting scores moves entities between bands, into and out of rankings.
            for _ in 0..<25 {
                let code = codes[random.next(below: codes.count)]
                let indicator = indicators[random.next(below: indicators.count)]
                let score: Int? = random.next(below: 3) == 0 ? nil : random.next(in: 1...indicator.options.count)
                try store.setScore(score, indicator: indicator.id, country: code, year: SyntheticStore.lastYear, framework: framework)
            }
            if round % 10 == 0 { check(store, year: SyntheticStore.lastYear) }
        }
        check(store, year: SyntheticStore.lastYear)
        check(store, year: SyntheticStore.lastYear - 1)
    }
}
