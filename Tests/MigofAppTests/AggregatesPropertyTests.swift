import Testing
@testable import MigofApp
@testable import MigofCore

/// The dashboard's aggregates (from `YearSummaries`, updated in place per edit) must equal
/// the simple computation over one `Profile` per entity, after any mix of edits.
@Suite struct AggregatesPropertyTests {
    /// Tiles, rankings, orders and counts worked out the plain way: a profile per entity,
    /// `AreaStatistics` over them, rankings by sorting profiles (equal names by code).
    private func expectSimple(_ document: Document, _ note: String) {
        let framework = document.framework, year = document.year, store = document.store
        let aggregates = document.aggregates
        let profiles = store.codes.map { Profile(country: store.countries[$0]!, year: year, framework: framework, sources: store.sources) }
        func sorted(_ list: [Profile], _ sort: CountrySort) -> [String] {
            let key = { (p: Profile) in sort.key(p) ?? Int.min }
            return list.sorted { l, r in
                if sort != .name, key(l) != key(r) { return key(l) > key(r) }
                let a = l.country.name.folded, b = r.country.name.folded
                return a != b ? a < b : l.country.iso3 < r.country.iso3
            }.map(\.country.iso3)
        }
        let assessed = profiles.filter(\.hasAssessment)
        #expect(aggregates.assessedCount == assessed.count, "\(note)")
        #expect(aggregates.overallStatistics == AreaStatistics(areaID: nil, profiles: profiles, scale: framework.scoreRange), "\(note)")
        for area in framework.areas {
            #expect(aggregates.statistics[area.id] == AreaStatistics(areaID: area.id, profiles: profiles, scale: framework.scoreRange),
                    "\(note) tiles \(area.id)")
            let rated = sorted(profiles.filter { $0.area(area.id)?.rating.value != nil }, .area(area.id))
            let unrated = sorted(assessed.filter { $0.area(area.id)?.rating.value == nil }, .name)
            #expect(aggregates.ranked[area.id] == rated + unrated, "\(note) ranking \(area.id)")
        }
        for sort in [CountrySort.name, .overall] + framework.areas.map({ CountrySort.area($0.id) }) {
            #expect(aggregates.order(sort) == sorted(profiles, sort), "\(note) order \(sort.label)")
        }
        #expect(document.countries.matches("") == sorted(profiles, .name), "\(note) name index")
        for code in store.codes.prefix(5) {
            #expect(document.profile(code) == Profile(country: store.countries[code]!, year: year, framework: framework,
                                                      sources: store.sources))
        }
    }

    /// Score, scores and note edits, with entities moving between bands, into and out of
    /// rankings; a few published ratings are taken away so scores decide the headline.
    @Test(arguments: [3, 29] as [UInt64])
    func randomEditsMatchASimpleRecompute(seed: UInt64) throws {
        for framework in [AppFixtures.framework, AppFixtures.sdg] {
            var store = SyntheticStore(entities: 80, years: 2, seed: seed).make(framework: framework)
            var random = SplitMix64(seed: seed)
            let year = SyntheticStore.lastYear
            for code in store.codes where random.next(below: 2) == 0 {
                store.countries[code]!.assessments[year]?.reportedOverall = nil
                for area in framework.areas where random.next(below: 3) != 0 {
                    store.countries[code]!.assessments[year]?.reportedAreas[area.id] = nil
                }
            }
            // A few entities with no assessment in the year shown, so edits create one.
            for code in store.codes.prefix(4) { store.countries[code]!.assessments[year] = nil }
            var document = Document(store: store, framework: framework, year: year, session: nil, catalog: nil)
            // The same edits on a document whose rankings and name order are first read at the
            // end, so they are built from the edited summaries rather than moved in place.
            var unread = Document(store: store, framework: framework, year: year, session: nil, catalog: nil)
            expectSimple(document, "\(framework.id) start")
            // A copy taken before the edits keeps its rankings: the cache they sit in is shared
            // between copies only until one of them changes.
            let snapshot = document
            let codes = store.codes, indicators = framework.indicators
            for round in 0..<6 {
                for _ in 0..<40 {
                    let code = codes[random.next(below: codes.count)]
                    let indicator = indicators[random.next(below: indicators.count)]
                    guard let assessment = document.store.countries[code]!.assessments[year], random.next(below: 60) != 0 else {
                        // Now and then an assessment comes or goes: the structure changes and all is recomputed.
                        let old = document.store.countries[code]!.assessments[year]
                        let edit = Edit.assessment(country: code, year: year, old: old, new: old == nil ? Assessment() : nil)
                        _ = try document.commit(edit)
                        _ = try unread.commit(edit)
                        continue
                    }
                    let old = assessment.scores
                    let edit: Edit
                    switch random.next(below: 4) {
                    case 0:
                        let new = indicators.reduce(into: old) { scores, item in
                            if random.next(below: 2) == 0 { scores[item.id] = random.next(in: 1...item.options.count) }
                        }
                        edit = .scores(country: code, year: year, old: old, new: new)
                    case 1:
                        edit = .note(country: code, year: year, indicator: indicator.id, old: assessment.notes[indicator.id], new: "n\(round)")
                    default:
                        let new: Int? = random.next(below: 4) == 0 ? nil : random.next(in: 1...indicator.options.count)
                        edit = .score(country: code, year: year, indicator: indicator.id, old: old[indicator.id], new: new)
                    }
                    _ = try document.commit(edit)
                    _ = try unread.commit(edit)
                }
                expectSimple(document, "\(framework.id) seed \(seed) round \(round)")
            }
            expectSimple(unread, "\(framework.id) seed \(seed) read at the end")
            expectSimple(snapshot, "\(framework.id) seed \(seed) copy before the edits")
            document.setYear(year - 1)
            expectSimple(document, "\(framework.id) earlier year")
        }
    }
}
