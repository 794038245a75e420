import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// A dashboard started from the headlines the decoder worked out (`AppOptions.headlines`, the
/// real start) draws every frame the same as one that reads the store itself, through any
/// stream of keys: browsing, sorting, editing, undoing, changing year.
@Suite struct HeadlinesStartTests {
    private func load(_ path: String, _ framework: Framework) throws -> (store: Store, headlines: StoreHeadlines) {
        let loaded = try StoreFile(path: path).load(framework: framework, progress: nil, headlines: true)
        return (loaded.store, try #require(loaded.headlines))
    }

    /// Where the frames of `a` and `b` first differ (text, else styles), or nil.
    private func difference(_ a: App, _ b: App) -> String? {
        let one = a.view(size: a.size), two = b.view(size: b.size)
        guard one != two else { return nil }
        for (row, (x, y)) in zip(one.lines(), two.lines()).enumerated() where x != y {
            return "row \(row): \"\(x)\" against \"\(y)\""
        }
        return "the same text in other styles"
    }

    /// The two apps on `store`, sized; quitting in the stream starts a fresh pair.
    private func pair(_ store: Store, _ headlines: StoreHeadlines, _ framework: Framework) -> (plain: App, started: App) {
        var options = AppOptions()
        options.autoAdvance = false
        var plain = App(store: store, framework: framework, storePath: "/data/store.json", options: options)
        options.headlines = headlines
        var started = App(store: store, framework: framework, storePath: "/data/store.json", options: options)
        plain.update(.resize(Size(width: 120, height: 40)))
        started.update(.resize(Size(width: 120, height: 40)))
        return (plain, started)
    }

    private func expectSameFrames(store: Store, headlines: StoreHeadlines, framework: Framework, seed: UInt64) {
        _ = TextWidth.useUTF8Locale()
        var (plain, started) = pair(store, headlines, framework)
        #expect(difference(started, plain) == nil, "the first frame")
        var edited = 0
        for (index, event) in KeyFuzzer.events(seed: seed, count: 1_200).enumerated() {
            plain.update(event)
            started.update(event)
            if plain.quitRequested || started.quitRequested {
                #expect(plain.quitRequested && started.quitRequested, "only one quit, after event \(index)")
                (plain, started) = pair(store, headlines, framework)
                continue
            }
            if plain.isModified { edited += 1 }
            if let difference = difference(started, plain) {
                Issue.record("frames differ after event \(index) (\(event)) of seed \(seed): \(difference)")
                return
            }
        }
        // The stream must have edited for the comparison to cover edits.
        #expect(edited > 0)
    }

    @Test func theBundledStore() throws {
        let (store, headlines) = try load(AppFixtures.paths.bundledStore, AppFixtures.sdg)
        expectSameFrames(store: store, headlines: headlines, framework: AppFixtures.sdg, seed: 41)
    }

    @Test func aGeneratedStoreWithLocalCodes() throws {
        let folder = NSTemporaryDirectory() + "/migof-headlines-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/store.json"
        let generated = SyntheticStore(entities: 300, years: 2, seed: 8).make(framework: AppFixtures.framework)
        try StoreFile(path: path).save(generated, framework: AppFixtures.framework)
        let (store, headlines) = try load(path, AppFixtures.framework)
        expectSameFrames(store: store, headlines: headlines, framework: AppFixtures.framework, seed: 42)
    }

    /// Headlines of another store are not used: the count of entities gives them away.
    @Test func headlinesOfAnotherStoreAreIgnored() throws {
        let (store, headlines) = try load(AppFixtures.paths.bundledStore, AppFixtures.sdg)
        var smaller = store
        smaller.countries[store.codes[0]] = nil
        var options = AppOptions()
        let plain = App(store: smaller, framework: AppFixtures.sdg, storePath: "/data/store.json", options: options)
        options.headlines = headlines
        let started = App(store: smaller, framework: AppFixtures.sdg, storePath: "/data/store.json", options: options)
        #expect(difference(started, plain) == nil)
        #expect(started.document.aggregates.summaries.codes.count == smaller.countries.count)
    }
}
