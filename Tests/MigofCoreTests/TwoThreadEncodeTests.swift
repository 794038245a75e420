import Testing
@testable import MigofCore

/// A store encoded with a worker taking every other batch of entities gives the same bytes
/// as one thread, flushed in chunks or whole, and a failing flush stops both threads.
@Suite struct TwoThreadEncodeTests {
    private struct Stop: Error {}

    private func encoded(_ store: Store, _ framework: Framework, twoThreadsFrom: Int, batch: Int, chunk: Int) -> [UInt8] {
        var encoder = StoreEncoder(framework: framework, capacity: 0)
        encoder.twoThreadsFrom = twoThreadsFrom
        encoder.batchSize = batch
        var bytes: [UInt8] = []
        encoder.write(store, chunk: chunk) { (out: inout [UInt8]) in
            bytes += out
            out.removeAll(keepingCapacity: true)
        }
        // Unchunked (`Int.max`), the bytes stay in `out`, as `encodedBytes` reads them.
        return bytes + encoder.out
    }

    @Test func theSameBytesForEveryBatchSizeAndChunk() {
        for framework in [Fixtures.framework, Fixtures.sdg] {
            var store = SyntheticStore(entities: 41, years: 2, seed: 17).make(framework: framework)
            store.countries[store.codes[40]]!.assessments = [:]
            let one = store.encodedBytes(framework: framework)
            for batch in [1, 2, 3, 7, 40, 41] {
                for chunk in [1, 4_096, Int.max] {
                    let same = encoded(store, framework, twoThreadsFrom: 0, batch: batch, chunk: chunk) == one
                    #expect(same, "\(framework.id), batch \(batch), chunk \(chunk)")
                }
            }
        }
        let bundled = Fixtures.importedSDG
        let same = encoded(bundled, Fixtures.sdg, twoThreadsFrom: 0, batch: 5, chunk: 10_000)
            == bundled.encodedBytes(framework: Fixtures.sdg)
        #expect(same, "the bundled store")
    }

    /// A full disk after a few chunks: the error comes back, the worker is stopped (the
    /// call returns; a worker left waiting would hang it), and nothing more is flushed.
    @Test func aFailingFlushStopsTheWorker() {
        let store = SyntheticStore(entities: 60, years: 2, seed: 2).make(framework: Fixtures.framework)
        for failAt in [1, 2, 5, 9] {
            var encoder = StoreEncoder(framework: Fixtures.framework, capacity: 0)
            encoder.twoThreadsFrom = 0
            encoder.batchSize = 2
            var flushes = 0
            var failed = false
            do {
                try encoder.write(store, chunk: 1) { (out: inout [UInt8]) throws(Stop) in
                    flushes += 1
                    if flushes == failAt { throw Stop() }
                    out.removeAll(keepingCapacity: true)
                }
            } catch {
                failed = true
            }
            #expect(failed && flushes == failAt, "fail at \(failAt)")
        }
    }

    /// From the disk: a save of a store over the threshold loads back the same store.
    @Test func aSaveOnTwoThreadsLoadsBack() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let store = SyntheticStore(entities: StoreEncoder.twoThreadsThreshold + 37, years: 2, seed: 6).make(framework: Fixtures.sdg)
        try StoreFile(path: path).save(store, framework: Fixtures.sdg)
        #expect(try StoreFile(path: path).load(framework: Fixtures.sdg) == store)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let same = Array(text.utf8) == store.encodedBytes(framework: Fixtures.sdg)
        #expect(same, "the saved bytes")
    }
}
