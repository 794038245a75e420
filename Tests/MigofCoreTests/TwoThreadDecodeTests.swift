import Foundation
import Testing
@testable import MigofCore

/// The countries decoded in two halves on two threads give exactly the store, headlines and
/// verdict one thread gives, wherever the split falls: at any entity's key the halves join;
/// anywhere else the two-thread decode fails, and never makes another store.
@Suite struct TwoThreadDecodeTests {
    /// The offsets of every entity's key line (`\n    "CODE": {`), as `StoreFile.split` finds them.
    private func keyOffsets(_ bytes: [UInt8]) -> [Int] {
        let pattern = Array("\n    \"".utf8)
        return bytes.indices.filter { start in
            start + pattern.count <= bytes.count && Array(bytes[start..<start + pattern.count]) == pattern
        }.map { $0 + pattern.count - 1 }
    }

    /// Decodes `bytes` with the countries split at `split`.
    private func decodeInHalves(_ bytes: [UInt8], split: Int, framework: Framework) -> (store: Store, headlines: StoreHeadlines?)? {
        bytes.withUnsafeBufferPointer { whole in
            let plan = StoreFastDecoder.SecondHalf(whole: whole, split: split, start: {}, progress: { _, _ in })
            return StoreFastDecoder.decode(UnsafeBufferPointer(rebasing: whole[0..<split]), framework: framework,
                                           progress: nil, headlines: true, secondHalf: plan)
        }
    }

    private func expectSameHeadlines(_ a: StoreHeadlines?, _ b: StoreHeadlines?) {
        guard let a, let b else {
            Issue.record("headlines missing")
            return
        }
        #expect(a.codes == b.codes && a.names == b.names && a.iso3s == b.iso3s && a.iso2s == b.iso2s)
        #expect(a.regionNames == b.regionNames && a.regionIndex == b.regionIndex)
        #expect(Set(a.years.keys) == Set(b.years.keys))
        for (year, column) in a.years {
            #expect(column.assessed == b.years[year]?.assessed && column.ratings == b.years[year]?.ratings
                    && column.count == b.years[year]?.count, "year \(year)")
        }
    }

    /// Every entity's key as the split, on stores with gaps in either year, an audit trail
    /// inside countries and after them, and both frameworks.
    @Test func everyEntityKeyJoinsToTheSameStore() throws {
        for framework in [Fixtures.framework, Fixtures.sdg] {
            var store = SyntheticStore(entities: 24, years: 2, seed: 3).make(framework: framework)
            let codes = store.codes
            store.countries[codes[0]]!.assessments[SyntheticStore.lastYear] = nil
            store.countries[codes[23]]!.assessments[SyntheticStore.lastYear - 1] = nil
            store.countries[codes[7]]!.region = "Oceania"
            store.audit = [AuditEntry(time: "2026-12-01T10:00:00Z", user: "test", change: .score, country: codes[5],
                                      year: SyntheticStore.lastYear, indicator: framework.indicators[0].id,
                                      oldScore: nil, newScore: 1)]
            let bytes = store.encodedBytes(framework: framework)
            let one = try #require(bytes.withUnsafeBufferPointer {
                StoreFastDecoder.decode($0, framework: framework, progress: nil, headlines: true)
            })
            let splits = keyOffsets(bytes).filter { split in
                // Entity keys only: the sources table's keys sit at the same depth, before "countries".
                String(decoding: bytes[split...].prefix(9), as: UTF8.self).hasPrefix("\"S")
            }
            #expect(splits.count == 24)
            for split in splits.dropFirst() {
                let two = try #require(decodeInHalves(bytes, split: split, framework: framework), "split at \(split)")
                #expect(two.store == one.store, "split at \(split)")
                expectSameHeadlines(two.headlines, one.headlines)
            }
        }
    }

    /// A split anywhere else (inside an entity, inside a string, in the sources table, after
    /// the countries) fails: the caller then decodes on one thread.
    @Test func aSplitThatIsNotAnEntityKeyFails() {
        let framework = Fixtures.framework
        let store = SyntheticStore(entities: 6, years: 1, seed: 8).make(framework: framework)
        let bytes = store.encodedBytes(framework: framework)
        let keys = Set(keyOffsets(bytes))
        var random = SplitMix64(seed: 12)
        for _ in 0..<300 {
            let split = 1 + random.next(below: bytes.count - 2)
            guard !keys.contains(split) else { continue }
            if let two = decodeInHalves(bytes, split: split, framework: framework) {
                // Only an entity key can join; anything that decodes must still be the store.
                #expect(two.store == store, "split at \(split)")
            }
        }
    }

    /// From the disk with the threshold lowered: the same store and headlines as one thread,
    /// progress that only grows and ends at the whole file, and errors reported as before.
    @Test func loadingOnTwoThreadsFromTheDisk() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let framework = Fixtures.sdg
        let store = SyntheticStore(entities: 300, years: 2, seed: 13).make(framework: framework)
        try StoreFile(path: path).save(store, framework: framework)
        var file = StoreFile(path: path)
        file.twoThreadsFrom = 0
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        #expect(StoreFile.split(fd: fd, size: size) != nil)
        let steps = Steps()
        let two = try file.load(framework: framework, progress: { steps.add($0) }, headlines: true)
        let one = try StoreFile(path: path).load(framework: framework, progress: nil, headlines: true)
        #expect(two.store == store && one.store == store)
        expectSameHeadlines(two.headlines, one.headlines)
        let seen = steps.all
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.bytes <= $1.bytes && $0.entities <= $1.entities })
        #expect(seen.last?.entities == 300 && seen.last.map { $0.bytes > size / 2 } == true)
        // A bad value in the second half: the checked decoder's message, as on one thread.
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let last = try #require(text.range(of: "\"rating\": 2", options: .backwards))
        text.replaceSubrange(last, with: "\"rating\": 9")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var message: String?
        do { _ = try file.load(framework: framework, progress: nil, headlines: true) } catch { message = error.description }
        var single: String?
        do { _ = try StoreFile(path: path).load(framework: framework) } catch { single = error.description }
        #expect(message != nil && message == single)
    }

    /// Progress steps heard from either decoding thread.
    ///
    /// `@unchecked Sendable`: `steps` is touched only under `lock`.
    private final class Steps: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [LoadProgress] = []
        func add(_ step: LoadProgress) { lock.withLock { steps.append(step) } }
        var all: [LoadProgress] { lock.withLock { steps } }
    }
}
