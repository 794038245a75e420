import Foundation
import MigofCore
import MigofWidgets
import Testing
@testable import MigofApp

/// Issue 15, score edit (fourth round): the key's frame shows the new value at once with a
/// pending mark; the edit is shown done only in the frame after its journal fsync returns.
/// A failed fsync is shown as a failed journal write is, and its edit is taken back.
@Suite struct JournalPendingTests {
    let size = Size(width: 100, height: 30)

    private func makeStore() throws -> (folder: String, path: String) {
        let folder = NSTemporaryDirectory() + "migof-pending-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/store.json"
        try StoreFile(path: path).save(AppFixtures.store, framework: AppFixtures.framework)
        return (folder, path)
    }

    /// Canada's profile, P2 expanded, its first indicator selected, through the real loop.
    private func start(_ session: EditingSession) -> (App, TestBackend, Theme) {
        var app = AppFixtures.app(options: AppOptions(session: session))
        let backend = TestBackend(size: size, events: RunnerTests.keys("/can") + [.key(.enter), .key(.enter), .key(.down),
                                                                                   .key(.enter), .key(.down)])
        _ = Runner.run(&app, on: backend, timeoutMs: 0)
        return (app, backend, app.theme)
    }

    private func status(_ backend: TestBackend) -> String { backend.screen.lines().last ?? "" }
    private func score(_ app: App) -> Int? { app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] }

    @Test func theKeysFrameShowsTheValuePendingAndTheNextFrameShowsItDone() throws {
        let (folder, path) = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, flusher: disk.flusher)
        defer { session.close() }
        var (app, backend, theme) = start(session)
        Runner.step(&app, .key(.char("3")), on: backend, theme: &theme)
        #expect(score(app) == 3)
        #expect(status(backend).contains("P2.1") && status(backend).contains("→ Meets · journalling…"))
        #expect(backend.screen.lines().contains { $0.contains("P2.1") && $0.contains("3") })
        let frames = backend.framesDrawn
        // Nothing new from the disk: no frame.
        Runner.settle(&app, on: backend, theme: &theme)
        #expect(backend.framesDrawn == frames && app.isJournalling)
        disk.runAll()
        Runner.settle(&app, on: backend, theme: &theme)
        #expect(backend.framesDrawn == frames + 1 && !app.isJournalling)
        #expect(status(backend).contains("P2.1: – → Meets") && !status(backend).contains("journalling"))
        #expect(backend.screen.mismatch(app.view(size: size).lines()) == nil)
    }

    @Test func aFailedFsyncIsShownAsAFailedJournalWriteAndTakesTheEditBack() throws {
        let (folder, path) = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, flusher: disk.flusher)
        defer { session.close() }
        var (app, backend, theme) = start(session)
        Runner.step(&app, .key(.char("3")), on: backend, theme: &theme)
        Runner.step(&app, .key(.char("4")), on: backend, theme: &theme)
        #expect(score(app) == 4 && app.isModified)
        disk.result = EIO
        disk.runAll()
        Runner.settle(&app, on: backend, theme: &theme)
        // Both edits were shown pending and neither reached the disk: both go, as a refused write's edit does.
        #expect(score(app) == nil && !app.isModified && !app.isJournalling)
        // The status bar starts with the journal's path, as for a refused write; the message in full:
        #expect(status(backend).contains("store.json.journal: cannot"))
        #expect(app.message?.hasSuffix("store.json.journal: cannot flush the journal: Input/output error; not journalled, taken back: 2 edits") == true)
        Runner.step(&app, .key(.char("u")), on: backend, theme: &theme)
        #expect(status(backend).contains("nothing to undo"))
        // The disk is back: the next edit is journalled and done as usual.
        disk.result = 0
        Runner.step(&app, .key(.char("2")), on: backend, theme: &theme)
        disk.runAll()
        Runner.settle(&app, on: backend, theme: &theme)
        #expect(score(app) == 2 && !status(backend).contains("journalling"))
        #expect(try Journal(storePath: path, framework: AppFixtures.framework).read().entries.map(\.edit)
            == [.score(country: "CAN", year: 2021, indicator: "P2.1", old: nil, new: 2)])
    }

    @Test func saveAndQuitWaitForThePendingFsync() throws {
        let (folder, path) = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, flusher: disk.flusher)
        defer { session.close() }
        var (app, backend, theme) = start(session)
        Runner.step(&app, .key(.char("3")), on: backend, theme: &theme)
        #expect(disk.fsyncCalls == 0)
        Runner.step(&app, .key(.char("s")), on: backend, theme: &theme)
        #expect(disk.fsyncCalls >= 1 && !app.isModified && status(backend).contains("saved"))
        #expect(try StoreFile(path: path).load(framework: AppFixtures.framework).countries["CAN"]!.assessments[2021]!.scores["P2.1"] == 3)
        Runner.step(&app, .key(.char("4")), on: backend, theme: &theme)
        let calls = disk.fsyncCalls
        // q waits for the fsync, then asks about the unsaved edit as always.
        Runner.step(&app, .key(.char("q")), on: backend, theme: &theme)
        #expect(disk.fsyncCalls == calls + 1 && !app.isJournalling)
        #expect(backend.screen.lines().joined().contains("Unsaved changes"))
    }

    @Test func aQuitWhoseLastFsyncFailedStaysToSaySo() throws {
        let (folder, path) = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, flusher: disk.flusher)
        defer { session.close() }
        var (app, backend, theme) = start(session)
        Runner.step(&app, .key(.char("3")), on: backend, theme: &theme)
        disk.result = EIO
        Runner.step(&app, .key(.char("q")), on: backend, theme: &theme)
        #expect(!app.quitRequested && score(app) == nil)
        #expect(app.message?.contains("cannot flush the journal: Input/output error; not journalled, taken back: CAN 2021 P2.1") == true)
        Runner.step(&app, .key(.char("q")), on: backend, theme: &theme)
        #expect(app.quitRequested && app.exitStatus == 0)
    }

    /// Driven without the loop (no settle), edits already on disk are forgotten as the next
    /// one is written, so nothing grows with the session; a later failure takes back only
    /// the edit that did not reach the disk.
    @Test func editsOnDiskAreForgottenWithoutASettle() throws {
        let (folder, path) = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, flusher: disk.flusher)
        defer { session.close() }
        var (app, _, _) = start(session)
        for digit in ["1", "2", "3"] {
            app.type(digit)
            disk.runAll()
        }
        app.type("4")
        #expect(session.pendingEdits == 1 && app.document.journalTrail.count == 1)
        disk.result = EIO
        disk.runAll()
        let changed = app.settleJournal()
        #expect(changed)
        #expect(score(app) == 3 && app.isModified)
        app.type("u")
        #expect(score(app) == 2)
    }
}
