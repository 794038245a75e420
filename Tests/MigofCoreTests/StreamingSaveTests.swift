import Foundation
import Testing
@testable import MigofCore

/// A save streams the encoding to the file a chunk at a time: the file must still be the
/// canonical bytes, and a failure in any chunk must leave the original in place.
@Suite struct StreamingSaveTests {
    let framework = Fixtures.framework

    /// Big enough to span several of the save's chunks.
    private var largeStore: Store {
        SyntheticStore(entities: 400, years: 2, seed: 7).make(framework: framework)
    }

    @Test func streamedSaveWritesTheCanonicalBytes() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let store = largeStore
        let expected = store.encodedBytes(framework: framework)
        #expect(expected.count > 2 * StoreFile.saveChunk)
        try StoreFile(path: path).save(store, framework: framework)
        let written = try StoreFile(path: path).readBytes()
        #expect(written == expected)
    }

    @Test func encoderHandsOverChunksThatJoinToTheWhole() {
        let store = largeStore
        var encoder = StoreEncoder(framework: framework, capacity: 0)
        var chunks: [[UInt8]] = []
        encoder.write(store, chunk: 100_000) { (bytes: inout [UInt8]) in
            chunks.append(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        #expect(chunks.count > 10)
        #expect(chunks.dropLast().allSatisfy { $0.count >= 100_000 })
        #expect(Array(chunks.joined()) == store.encodedBytes(framework: framework))
    }

    @Test func diskFullInALaterChunkKeepsTheOriginal() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let original = Fixtures.importedStore.encodedBytes(framework: framework)
        try AtomicFile(path: path).write(original, keepBackup: false)
        let fault = AtomicFile.Fault.diskFullAfter(StoreFile.saveChunk + 12_345)
        #expect(throws: MigofError.self) { try StoreFile(path: path).save(largeStore, framework: framework, fault: fault) }
        #expect(try StoreFile(path: path).readBytes() == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}

/// The figures the loading frame and the stderr line show.
@Suite struct LoadProgressTests {
    @Test func textGivesMegabytesAndGroupedEntities() {
        let progress = LoadProgress(bytes: 45 << 20 | 1 << 19, totalBytes: 646 << 20, entities: 100_000)
        #expect(progress.text == "45.5 of 646.0 MB, 100,000 entities")
        #expect(LoadProgress(bytes: 0, totalBytes: 0, entities: 7).text == "0.0 of 0.0 MB, 7 entities")
        #expect(LoadProgress(bytes: 0, totalBytes: 0, entities: 1_234_567).text.hasSuffix("1,234,567 entities"))
    }

    @Test func fractionStaysWithinZeroAndOne() {
        #expect(LoadProgress(bytes: 5, totalBytes: 10, entities: 0).fraction == 0.5)
        #expect(LoadProgress(bytes: 20, totalBytes: 10, entities: 0).fraction == 1)
        #expect(LoadProgress(bytes: 5, totalBytes: 0, entities: 0).fraction == 0)
    }

    @Test func loadReportsEveryEntityAndEndsAtTheFileSize() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let framework = Fixtures.framework
        let store = SyntheticStore(entities: 50, years: 1, seed: 3).make(framework: framework)
        try AtomicFile(path: path).write(store.encodedBytes(framework: framework), keepBackup: false)
        var seen: [LoadProgress] = []
        let loaded = try StoreFile(path: path).load(framework: framework) { seen.append($0) }
        #expect(loaded == store)
        #expect(seen.map(\.entities) == Array(1...50))
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.bytes < $1.bytes })
        let size = try StoreFile(path: path).readBytes().count
        #expect(seen.allSatisfy { $0.totalBytes == size })
        #expect(seen.last!.bytes > size - 100)
    }

    /// The file is read only a window ahead of the decoder: an entity longer than the window
    /// must still load, whole and equal, whichever path ends up deciding.
    @Test func anEntityLongerThanTheReadAheadStillLoads() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        let framework = Fixtures.framework
        var store = SyntheticStore(entities: 3, years: 1, seed: 5).make(framework: framework)
        let code = store.codes[1]
        let year = store.countries[code]!.assessments.keys.first!
        let indicator = framework.indicatorIDs[0]
        store.countries[code]!.assessments[year]!.notes[indicator] = String(repeating: "long note ", count: StoreFile.readAhead / 8)
        try AtomicFile(path: path).write(store.encodedBytes(framework: framework), keepBackup: false)
        #expect(try StoreFile(path: path).load(framework: framework) == store)
    }
}
