import Foundation
import Testing
@testable import MigofCore

/// The headlines the fast decoder works out as it reads each entity must be exactly what a
/// pass over the decoded store gives, in every year, under both frameworks; and a store the
/// fast path does not read has none, so the dashboard reads the store itself.
@Suite struct StoreHeadlinesTests {
    /// The store and its headlines as the fast decoder reads `store`'s encoding.
    private func decoded(_ store: Store, _ framework: Framework) -> (store: Store, headlines: StoreHeadlines)? {
        let bytes = store.encodedBytes(framework: framework)
        let result = bytes.withUnsafeBufferPointer {
            StoreFastDecoder.decode($0, framework: framework, progress: nil, headlines: true)
        }
        guard let result, let headlines = result.headlines else { return nil }
        return (result.store, headlines)
    }

    /// Entity by entity (the two list them in different orders), then the tiles, orders and
    /// rankings drawn from them.
    private func expectSame(_ store: Store, _ headlines: StoreHeadlines, _ framework: Framework, year: Int) {
        let pass = YearSummaries(store: store, year: year, framework: framework, parallelFrom: .max)
        var read = YearSummaries(headlines: headlines, year: year, framework: framework)
        #expect(read.codes.count == pass.codes.count && Set(read.codes) == Set(pass.codes), "year \(year)")
        let columns: [String?] = [nil] + framework.areas.map(\.id)
        for (index, code) in pass.codes.enumerated() {
            guard let other = read.index(of: code) else {
                Issue.record("\(code) has no headlines")
                continue
            }
            #expect(read.names[other] == pass.names[index] && read.iso3s[other] == pass.iso3s[index]
                    && read.iso2s[other] == pass.iso2s[index], "\(code)")
            #expect(read.region(other) == pass.region(index) && read.isAssessed(other) == pass.isAssessed(index), "\(code)")
            for area in columns {
                #expect(read.rating(other, area: area) == pass.rating(index, area: area), "\(code) \(area ?? "overall") \(year)")
            }
        }
        #expect(read.allStatistics() == pass.allStatistics(), "tiles \(year)")
        #expect(read.regions == pass.regions && read.assessedCount == pass.assessedCount)
        let readNames = read.nameOrder(), passNames = pass.nameOrder()
        for sort in [CountrySort.name, .overall] + framework.areas.map({ CountrySort.area($0.id) }) {
            #expect(read.order(sort, names: readNames).map { read.codes[$0] }
                    == pass.order(sort, names: passNames).map { pass.codes[$0] }, "order \(sort.label) \(year)")
        }
        for area in framework.areas {
            #expect(read.ranking(area: area.id, names: readNames).map { read.codes[$0] }
                    == pass.ranking(area: area.id, names: passNames).map { pass.codes[$0] }, "ranking \(area.id)")
        }
    }

    @Test func theBundledStoreInEveryYearAndAYearWithoutData() throws {
        for (framework, store) in [(Fixtures.sdg, Fixtures.importedSDG), (Fixtures.framework, Fixtures.importedStore)] {
            let (read, headlines) = try #require(decoded(store, framework))
            #expect(read == store)
            #expect(headlines.describe(read, framework: framework))
            #expect(headlines.yearsAndDefault() == read.yearsAndDefault())
            for year in read.years + [1999] { expectSame(read, headlines, framework, year: year) }
        }
    }

    /// Partly scored, published ratings taken away, assessments missing from either year
    /// (the first and last entities included), under both overall rules.
    @Test func partlyScoredStoresWithGapsUnderBothFrameworks() throws {
        for (offset, framework) in [Fixtures.framework, Fixtures.sdg].enumerated() {
            var store = SyntheticStore(entities: 90, years: 2, seed: UInt64(21 + offset)).make(framework: framework)
            var random = SplitMix64(seed: 77)
            let codes = store.codes
            for (position, code) in codes.enumerated() {
                let year = random.next(below: 2) == 0 ? SyntheticStore.lastYear : SyntheticStore.lastYear - 1
                if position == 0 || position == codes.count - 1 || random.next(below: 4) == 0 {
                    store.countries[code]!.assessments[year] = nil
                    continue
                }
                store.countries[code]!.assessments[year]?.reportedOverall = nil
                for indicator in framework.indicators where random.next(below: 6) == 0 {
                    try store.setScore(nil, indicator: indicator.id, country: code, year: year, framework: framework)
                }
            }
            let (read, headlines) = try #require(decoded(store, framework))
            #expect(read == store)
            #expect(headlines.yearsAndDefault() == read.yearsAndDefault())
            for year in read.years { expectSame(read, headlines, framework, year: year) }
        }
    }

    @Test func headlinesDescribeOnlyTheStoreAndFrameworkTheyWereReadFrom() throws {
        let store = SyntheticStore(entities: 12, years: 2, seed: 4).make(framework: Fixtures.framework)
        let (read, headlines) = try #require(decoded(store, Fixtures.framework))
        #expect(headlines.describe(read, framework: Fixtures.framework))
        #expect(!headlines.describe(read, framework: Fixtures.sdg))
        var smaller = read
        smaller.countries[read.codes[3]] = nil
        #expect(!headlines.describe(smaller, framework: Fixtures.framework))
    }

    /// From the disk: the fast path hands its headlines back; a store only the checked
    /// decoder reads (an escaped key) loads the same, without headlines.
    @Test func loadingGivesHeadlinesOnlyFromTheFastPath() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let store = SyntheticStore(entities: 30, years: 2, seed: 9).make(framework: Fixtures.framework)
        let text = store.encoded(framework: Fixtures.framework)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let fast = try StoreFile(path: path).load(framework: Fixtures.framework, progress: nil, headlines: true)
        let headlines = try #require(fast.headlines)
        #expect(fast.store == store && headlines.entityCount == 30)
        #expect(try StoreFile(path: path).load(framework: Fixtures.framework, progress: nil, headlines: false).headlines == nil)
        let escaped = text.replacingOccurrences(of: "\"name\":", with: "\"na\\u006de\":")
        #expect(escaped != text)
        try escaped.write(toFile: path, atomically: true, encoding: .utf8)
        let checked = try StoreFile(path: path).load(framework: Fixtures.framework, progress: nil, headlines: true)
        #expect(checked.store == store && checked.headlines == nil)
    }
}
