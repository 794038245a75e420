import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// 20,000 seeded events through the headless app in `make test` (two streams, run in
/// parallel), MIGOF_FUZZ_SCALE times as many in `make fuzz`, plus a stream on hard text.
@Suite struct KeyFuzzTests {
    static let streams: [UInt64] = [0, 1]
    static let eventsPerStream = 10_000

    @Test(arguments: streams)
    func randomEventsKeepTheAppSound(stream: UInt64) {
        let seed = FuzzSettings.seed &+ stream
        let fuzzer = KeyFuzzer(start: AppFixtures.app())
        let events = KeyFuzzer.events(seed: seed, count: Self.eventsPerStream * FuzzSettings.scale)
        if let failure = fuzzer.run(events, trace: FuzzSettings.trace) {
            Issue.record(Comment(rawValue: fuzzer.report(seed: seed, events: events, failure: failure)))
        }
    }

    /// The same on a store of right-to-left, Devanagari, CJK and emoji names and notes, where
    /// every frame's cells are checked.
    @Test func randomEventsOnHardTextKeepTheLayout() {
        let seed = FuzzSettings.seed &+ 2
        var fuzzer = KeyFuzzer(start: HardTextFixtures.app(size: Size(width: 100, height: 30)))
        fuzzer.cellCheckInterval = 1
        let events = KeyFuzzer.events(seed: seed, count: 2_000 * FuzzSettings.scale)
        if let failure = fuzzer.run(events, trace: FuzzSettings.trace) {
            Issue.record(Comment(rawValue: fuzzer.report(seed: seed, events: events, failure: failure)))
        }
    }

    /// The same from the conflicts screen of a merged store: resolutions, their undo and redo,
    /// and edits on the profiles they open keep the store the loaded one plus its edits.
    @Test func randomEventsOnAStoreWithConflictsKeepItSound() {
        let seed = FuzzSettings.seed &+ 3
        var start = ConflictFixtures.app()
        start.type("!")
        let fuzzer = KeyFuzzer(start: start)
        let events = KeyFuzzer.events(seed: seed, count: 2_000 * FuzzSettings.scale)
        if let failure = fuzzer.run(events, trace: FuzzSettings.trace) {
            Issue.record(Comment(rawValue: fuzzer.report(seed: seed, events: events, failure: failure)))
        }
    }

    @Test func streamsCoverTheWholeKeymapAndTheSizeRange() {
        let events = KeyFuzzer.events(seed: FuzzSettings.seed, count: Self.eventsPerStream)
        let keys = Set(events.compactMap { event -> Key? in if case .key(let key) = event { return key } else { return nil } })
        #expect(Set(Keymap.standard.bindings.flatMap(\.keys)).isSubset(of: keys))
        let sizes = events.compactMap { event -> Size? in if case .resize(let size) = event { return size } else { return nil } }
        #expect(sizes.contains { $0.width < 40 || $0.height < 10 })
        #expect(sizes.contains { $0.width > 200 })
        #expect(sizes.allSatisfy { (1...250).contains($0.width) && (1...80).contains($0.height) })
    }

    /// The checks can fail: a selection out of range, an unknown screen and a changed store
    /// are each reported, and a report names the seed and a shorter sequence.
    @Test func theChecksCatchBrokenStates() {
        let fuzzer = KeyFuzzer(start: AppFixtures.app())
        let size = Size(width: 100, height: 30)
        var app = AppFixtures.app()
        #expect(fuzzer.violation(app, size: size) == nil)
        app.type("b")
        guard case .browser(var browser) = app.stack.last! else { return }
        browser.list.selected = browser.rows.count
        app.stack[app.stack.count - 1] = .browser(browser)
        #expect(fuzzer.violation(app, size: size)?.contains("browser selection") == true)
        app = AppFixtures.app()
        app.stack.append(.profile(ProfileModel(code: "XXX")))
        #expect(fuzzer.violation(app, size: size)?.contains("unknown country") == true)
        app = AppFixtures.app()
        try! app.document.store.setScore(4, indicator: "P1.1", country: "CAN", year: 2021, framework: app.framework)
        #expect(fuzzer.storeViolation(app) != nil)

        var broken = KeyFuzzer(start: AppFixtures.app())
        broken.storeCheckInterval = 1
        let events = [Event.key(.char("b")), .resize(Size(width: 50, height: 20)), .key(.down), .key(.down)]
        let failure = KeyFuzzer.Failure(index: 3, invariant: "example")
        let report = broken.report(seed: 99, events: events, failure: failure)
        #expect(report.contains("seed 99") && report.contains("events 0...3"))
    }
}
