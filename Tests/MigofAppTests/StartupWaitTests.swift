@testable import MigofApp
import MigofCore
import MigofWidgets
import Testing

/// The loading frame while the store loads: painted first, kept current, keys kept for the
/// dashboard, and q, Ctrl-C and signals quitting at once.
@Suite struct StartupWaitTests {
    let size = Size(width: 100, height: 30)
    let view = LoadingView(storePath: "~/big.json", progress: nil, glyphs: .unicode)

    /// A load that moves one entity of 1 KB on by poll and ends after `polls` polls.
    final class FakeLoad {
        var polls = 0
        let total: Int
        init(polls: Int) { total = polls }
        var progress: LoadProgress { LoadProgress(bytes: polls << 20, totalBytes: total << 20, entities: polls * 1000) }
        var isDone: Bool {
            polls += 1
            return polls > total
        }
    }

    @Test func theFirstFrameIsPaintedBeforeAnyKeyIsRead() {
        let backend = MemoryBackend(size: size, events: AppFixtures.keys("b"))
        let load = FakeLoad(polls: 3)
        var framesAtPaint = -1
        var eventsAtPaint = -1
        let outcome = StartupWait.run(on: backend, view: view, progress: { nil }, isDone: { load.isDone },
                                      painted: { framesAtPaint = backend.framesDrawn; eventsAtPaint = backend.pendingEvents.count })
        #expect(framesAtPaint == 1)
        #expect(eventsAtPaint == 1)
        #expect(outcome == .loaded(pending: [.key(.char("b"))]))
        let text = backend.lastBuffer!.lines().joined(separator: "\n")
        #expect(text.contains("Loading ~/big.json"))
        #expect(text.contains("q quits"))
        #expect(text.contains("reading the file"))
    }

    @Test func theBarShowsBytesAndEntitiesAsTheyGrow() {
        let backend = MemoryBackend(size: size)
        let load = FakeLoad(polls: 10)
        var shown: [String] = []
        _ = StartupWait.run(on: backend, view: view, progress: { load.progress }, isDone: {
            if let buffer = backend.lastBuffer { shown.append(buffer.lines().joined(separator: "\n")) }
            return load.isDone
        })
        #expect(shown.contains { $0.contains("50%  5.0 of 10.0 MB, 5,000 entities") })
        #expect(shown.last!.contains("100%  10.0 of 10.0 MB, 10,000 entities"))
        #expect(backend.framesDrawn == 11)
    }

    /// Entities counted do not redraw 12,000 cells each time (they did every hundred
    /// entities, 6 % of the start's CPU at 20,000 entities); each ten percent does.
    @Test func progressWithinTenPercentDoesNotRedrawAtOnce() {
        let backend = MemoryBackend(size: size)
        var polls = 0
        _ = StartupWait.run(on: backend, view: view, progress: {
            // 1,000 polls, 100 entities more each, the bytes crossing 10% and 20% of the file once each.
            LoadProgress(bytes: polls * 200, totalBytes: 1_000_000, entities: polls * 100)
        }, isDone: {
            polls += 1
            return polls > 1000
        })
        // The first frame, then 10% and 20%; the slow redraw of other figures needs 100 ms,
        // far more than a thousand in-memory polls take (a few such frames are allowed, for a
        // machine that stalls the test; a frame every hundred entities would be a thousand).
        #expect(backend.framesDrawn >= 3 && backend.framesDrawn < 20, "\(backend.framesDrawn) frames")
        #expect(backend.lastBuffer!.lines().joined().contains("20%"))
    }

    /// The dashboard is drawn when the poll that sees the load done ends: near the end of the
    /// file the poll is short, so the wait for it is not part of the start.
    @Test func thePollShortensNearTheEndOfTheFile() {
        #expect(StartupWait.pollInterval(after: nil, normal: 10) == 10)
        #expect(StartupWait.pollInterval(after: LoadProgress(bytes: 0, totalBytes: 0, entities: 0), normal: 10) == 10)
        #expect(StartupWait.pollInterval(after: LoadProgress(bytes: 90, totalBytes: 100, entities: 9), normal: 10) == 10)
        #expect(StartupWait.pollInterval(after: LoadProgress(bytes: 95, totalBytes: 100, entities: 9), normal: 10) == 1)
        #expect(StartupWait.pollInterval(after: LoadProgress(bytes: 100, totalBytes: 100, entities: 10), normal: 10) == 1)
        #expect(StartupWait.pollInterval(after: LoadProgress(bytes: 99, totalBytes: 100, entities: 10), normal: 0) == 0)
    }

    @Test func keysTypedDuringTheLoadAreKeptInOrder() {
        let events: [Event] = AppFixtures.keys("b/ca") + [.resize(Size(width: 80, height: 24)), .key(.down)]
        let backend = MemoryBackend(size: size, events: events)
        let load = FakeLoad(polls: 20)
        #expect(StartupWait.run(on: backend, view: view, progress: { nil }, isDone: { load.isDone }) == .loaded(pending: events))
    }

    @Test(arguments: [(Event.key(.char("q")), Int32(0)), (.key(.ctrl("c")), 130), (.signal(15), 143)])
    func quitWorksAtOnceDuringTheLoad(event: Event, status: Int32) {
        let backend = MemoryBackend(size: size, events: AppFixtures.keys("b/") + [event] + AppFixtures.keys("x"))
        let load = FakeLoad(polls: 1_000)
        #expect(StartupWait.run(on: backend, view: view, progress: { nil }, isDone: { load.isDone }) == .quit(status: status))
        #expect(backend.pendingEvents == AppFixtures.keys("x"))
        #expect(load.polls < 10)
    }

    @Test func pendingKeysAreTheDashboardsFirst() {
        var app = AppFixtures.app(size: size)
        let backend = MemoryBackend(size: size, events: AppFixtures.keys("q"))
        let status = Runner.run(&app, on: backend, pending: AppFixtures.keys("b"))
        #expect(status == 0)
        #expect(app.screen.id == .browser)
        // A quit among the typed-ahead keys ends the run before the first frame.
        var quitting = AppFixtures.app(size: size)
        let untouched = MemoryBackend(size: size)
        #expect(Runner.run(&quitting, on: untouched, pending: [.key(.char("b")), .key(.ctrl("c"))]) == 130)
        #expect(untouched.framesDrawn == 0)
    }

    @Test func aTinyTerminalStillSaysItIsLoading() {
        let buffer = view.view(size: Size(width: 12, height: 2))
        #expect(buffer.lines()[0].hasPrefix("loading"))
    }
}
