import Foundation
import Testing
@testable import MigofCore

/// Issue 15 (score edit, fourth round): a journal line is written at once and fsynced on a
/// background writer; whatever waits for the disk (save, close) waits for that fsync, and a
/// failed one is cut back out of the journal and handed back for the edits to be taken back.
@Suite struct JournalDurabilityTests {
    let framework = Fixtures.framework
    let edit = Edit.score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 3)
    let later = Edit.score(country: "CAN", year: 2021, indicator: "P1.2", old: nil, new: 2)

    private func bytes(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
    }

    @Test func aLineIsWrittenAtOnceAndDurableOnlyOnceItsFsyncRan() throws {
        let (folder, path) = try Fixtures.savedStore()
        defer { Fixtures.remove(folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: framework, flusher: disk.flusher)
        try session.record(edit)
        // In the page cache already: a kill -9 now loses nothing.
        #expect(try Journal.parse(bytes(session.journal.path), path: "j", framework: framework).entries.map(\.edit) == [edit])
        #expect(session.isJournalling && disk.fsyncCalls == 0)
        #expect(session.settleJournal() == .unchanged)
        disk.runAll()
        #expect(disk.fsyncCalls == 1)
        #expect(session.settleJournal() == .durable(durableLine: session.journal.lastLine, stillPending: false))
        #expect(!session.isJournalling)
        session.close()
    }

    @Test func oneFsyncCoversEveryLineWrittenBeforeIt() throws {
        let (folder, path) = try Fixtures.savedStore()
        defer { Fixtures.remove(folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: framework, flusher: disk.flusher)
        try session.record(edit)
        try session.record(later)
        try session.record(later.inverse)
        #expect(disk.pendingJobs == 4)  // the header and three edits
        disk.runAll()
        #expect(disk.fsyncCalls == 1)
        #expect(session.journal.durability() == Journal.Durability(written: 4, durable: 4, failure: nil))
        session.close()
    }

    /// The save's rename and the journal's removal come only after the pending fsync.
    @Test func aSaveWaitsForThePendingFsyncBeforeItReplacesTheStore() throws {
        let (folder, path) = try Fixtures.savedStore()
        defer { Fixtures.remove(folder) }
        let original = bytes(path)
        let seen = SeenAtFsync()
        let disk = ManualJournalExecutor()
        let flusher = JournalFlusher(executor: disk) { descriptor in
            seen.note(storeUnchanged: (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) == original)
            return JournalFlusher.systemFsync(descriptor)
        }
        let session = EditingSession(storePath: path, framework: framework, flusher: flusher)
        defer { session.close() }
        let saved = try StoreFile(path: path).load(framework: framework)
        var store = saved
        try store.apply(edit, framework: framework)
        try session.record(edit)
        #expect(disk.pendingJobs == 2)
        _ = try session.save(store, since: saved, touched: ["CAN"])
        // The edit's fsync ran while the old store was still in place, and so did the save mark's.
        #expect(seen.notes.first == true && seen.notes.count >= 1)
        #expect(!session.journal.exists && !session.isJournalling && !session.hasUnsavedChanges)
    }

    /// A refused fsync fails the save before anything on disk changes, and is then handed
    /// back with the edit to take back; the journal keeps only what reached the disk.
    @Test func aFailedFsyncFailsTheSaveAndIsCutBackOutOfTheJournal() throws {
        let (folder, path) = try Fixtures.savedStore()
        defer { Fixtures.remove(folder) }
        let original = bytes(path)
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: framework, flusher: disk.flusher)
        defer { session.close() }
        try session.record(edit)
        disk.runAll()
        _ = session.settleJournal()
        let durableBytes = bytes(session.journal.path)
        let saved = try StoreFile(path: path).load(framework: framework)
        var store = saved
        try store.apply(edit, framework: framework)
        try store.apply(later, framework: framework)
        try session.record(later)
        disk.result = EIO
        #expect(throws: MigofError.self) { _ = try session.save(store, since: saved, touched: ["CAN"]) }
        #expect(bytes(path) == original)
        guard case .failed(let error, _, let lost) = session.settleJournal() else {
            Issue.record("the failure was not reported")
            return
        }
        #expect(error.description.contains("cannot flush the journal: Input/output error"))
        #expect(lost.map(\.edit) == [later])
        #expect(bytes(session.journal.path) == durableBytes)
        // The disk is back: the next edit goes after the last durable line, readable.
        disk.result = 0
        try session.record(later)
        disk.runAll()
        #expect(try session.pending().entries.map(\.edit) == [edit, later])
    }

    @Test func aJournalWhoseHeaderNeverReachedTheDiskStartsAfresh() throws {
        let (folder, path) = try Fixtures.savedStore()
        defer { Fixtures.remove(folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: framework, flusher: disk.flusher)
        defer { session.close() }
        try session.record(edit)
        disk.result = ENOSPC
        guard case .failed(_, _, let lost) = session.settleJournal(wait: true) else {
            Issue.record("the failure was not reported")
            return
        }
        #expect(lost.map(\.edit) == [edit] && !session.journal.exists && !session.hasUnsavedChanges)
        disk.result = 0
        try session.record(later)
        disk.runAll()
        let contents = try session.pending()
        #expect(contents.entries.map(\.edit) == [later] && !contents.storeUnknown && contents.checkpoints.count == 1)
    }

    /// Quit and hangup close the session: closing waits for the fsync, and says when it failed.
    @Test func closingWaitsForThePendingFsync() throws {
        let (folder, path) = try Fixtures.savedStore()
        defer { Fixtures.remove(folder) }
        let disk = ManualJournalExecutor()
        let session = EditingSession(storePath: path, framework: framework, flusher: disk.flusher)
        try session.record(edit)
        #expect(session.close() == nil)
        #expect(disk.fsyncCalls == 1 && disk.pendingJobs == 0)
        let next = EditingSession(storePath: path, framework: framework, flusher: disk.flusher)
        #expect(!next.isReadOnly)
        #expect(try next.pending().entries.map(\.edit) == [edit])
        try next.record(later)
        disk.result = EIO
        let failure = next.close(tidy: false)
        #expect(failure?.description.contains("cannot flush the journal") == true)
        let last = EditingSession(storePath: path, framework: framework)
        defer { last.close(tidy: false) }
        #expect(try last.pending().entries.map(\.edit) == [edit])
    }
}

/// What the store file looked like at each fsync, noted from the flusher's thread.
private final class SeenAtFsync: @unchecked Sendable {
    // @unchecked: `notes` is only touched under `lock`.
    private let lock = NSLock()
    private var list: [Bool] = []
    func note(storeUnchanged: Bool) { lock.withLock { list.append(storeUnchanged) } }
    var notes: [Bool] { lock.withLock { list } }
}
