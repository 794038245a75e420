import Foundation
import Testing
@testable import MigofCore

/// Issue 11, items 1–4 and 6: the journal's net change, edits already saved, failed appends
/// and unreadable journals.
@Suite struct JournalRecoveryTests {
    let framework = Fixtures.framework
    let edit = Edit.score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 3)

    private func makeStore() throws -> (folder: String, path: String) {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/store.json"
        try StoreFile(path: path).save(Fixtures.importedStore, framework: framework)
        return (folder, path)
    }

    /// Item 1: score, undo, quit left a journal that the next start took for a crash.
    @Test func undoBackToTheSavedStateLeavesNoJournal() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let session = EditingSession(storePath: path, framework: framework)
        try session.record(edit)
        try session.record(edit.inverse)
        #expect(!session.hasUnsavedChanges)
        session.close()
        #expect(!FileManager.default.fileExists(atPath: session.journal.path))
    }

    /// Item 1: score, save, undo, redo, quit.
    @Test func undoAndRedoAfterASaveLeaveNoJournal() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let session = EditingSession(storePath: path, framework: framework)
        let saved = try StoreFile(path: path).load(framework: framework)
        var store = saved
        try store.apply(edit, framework: framework)
        try session.record(edit)
        let written = try session.save(store, since: saved, touched: ["CAN"])
        _ = written
        try session.record(edit.inverse)
        #expect(session.hasUnsavedChanges)
        try session.record(edit)
        session.close()
        #expect(!FileManager.default.fileExists(atPath: session.journal.path))
    }

    /// The other side of item 1: a real unsaved change, or recovered edits, stay journalled.
    @Test func aNetChangeKeepsTheJournal() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let first = EditingSession(storePath: path, framework: framework)
        try first.record(edit)
        first.close()
        #expect(FileManager.default.fileExists(atPath: first.journal.path))
        // A session that read the journal and quit without recovering keeps it too.
        let second = EditingSession(storePath: path, framework: framework)
        #expect(try second.pending().entries.map(\.edit) == [edit])
        second.close()
        // One that never read it must not remove what it does not know.
        let third = EditingSession(storePath: path, framework: framework)
        third.close()
        let fourth = EditingSession(storePath: path, framework: framework)
        #expect(try fourth.pending().entries.map(\.edit) == [edit])
        fourth.close(tidy: false)
    }

    /// Item 2: a kill between the store's rename and the journal's removal left a journal
    /// whose edits were already saved; recovery then failed with "does not match".
    @Test func editsAlreadyInTheStoreAreLeftOut() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let journal = Journal(storePath: path, framework: framework)
        try journal.append(edit, time: "t", user: "u") { SHA256.hex(original) }
        var store = try StoreFile(path: path).load(framework: framework)
        try store.apply(edit, framework: framework)
        let bytes = StoreFile(path: path).encode(store, framework: framework)
        try journal.markSaving(SHA256.hex(bytes))
        try StoreFile(path: path).write(bytes)
        // Killed here: the journal is still there.
        let session = EditingSession(storePath: path, framework: framework)
        defer { session.close() }
        let pending = try session.pending()
        #expect(pending.entries.isEmpty)
        #expect(pending.alreadySaved == 1)
        #expect(!session.hasUnsavedChanges)
        // An edit made after that restart is journalled after the mark and recovered alone.
        let next = Edit.score(country: "CAN", year: 2021, indicator: "P1.2", old: nil, new: 2)
        try session.record(next)
        #expect(try session.pending().entries.map(\.edit) == [next])
        var expected = store
        try expected.apply(next, framework: framework)
        #expect(try store.replaying(session.pending().entries, framework: framework) == expected)
    }

    /// Item 2, the other order: a save killed before its rename leaves its mark, but the
    /// store still matches the header, so every edit is replayed.
    @Test func aMarkOfASaveThatNeverHappenedIsIgnored() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let journal = Journal(storePath: path, framework: framework)
        try journal.append(edit, time: "t", user: "u") { SHA256.hex(original) }
        try journal.markSaving(SHA256.hex(Array("never written".utf8)))
        let session = EditingSession(storePath: path, framework: framework)
        defer { session.close(tidy: false) }
        let pending = try session.pending()
        #expect(pending.entries.map(\.edit) == [edit])
        #expect(pending.alreadySaved == 0 && !pending.storeUnknown)
    }

    /// Item 3: a failed append (full disk) is cut back, so the next append is a whole line
    /// and the journal stays readable.
    @Test func aFailedAppendIsCutBackToTheLastGoodLine() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let journal = Journal(storePath: path, framework: framework)
        try journal.append(edit, time: "t", user: "u")
        let size = try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as? Int
        journal.diskFullAfter = 25
        #expect(throws: MigofError.self) { try journal.append(edit.inverse, time: "t", user: "u") }
        #expect(try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as? Int == size)
        journal.diskFullAfter = nil
        let later = Edit.score(country: "CAN", year: 2021, indicator: "P1.2", old: nil, new: 2)
        try journal.append(later, time: "t", user: "u")
        let contents = try journal.read()
        #expect(contents.entries.map(\.edit) == [edit, later])
        #expect(contents.skipped.isEmpty && !contents.ignoredPartialLine)
    }

    /// A journal whose last line was cut by a crash is cut back before the next append, so
    /// the new line does not run into the fragment.
    @Test func appendingAfterACrashMidWriteStartsOnAFreshLine() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let first = Journal(storePath: path, framework: framework)
        try first.append(edit, time: "t", user: "u")
        let handle = FileHandle(forWritingAtPath: first.path)!
        handle.seekToEndOfFile()
        handle.write(Data("{\"time\":\"t\",\"us".utf8))
        handle.closeFile()
        let second = Journal(storePath: path, framework: framework)
        let later = Edit.score(country: "CAN", year: 2021, indicator: "P1.2", old: nil, new: 2)
        try second.append(later, time: "t", user: "u")
        let contents = try second.read()
        #expect(contents.entries.map(\.edit) == [edit, later])
        #expect(contents.skipped.isEmpty)
    }

    /// Item 4: an unreadable journal is set aside, never deleted by the next save.
    @Test func anUnreadableJournalIsSetAsideNotDeleted() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let session = EditingSession(storePath: path, framework: framework)
        defer { session.close() }
        try FileManager.default.createDirectory(atPath: session.journal.path, withIntermediateDirectories: false)
        #expect(throws: MigofError.self) { try session.pending() }
        let aside = try session.setAsideJournal()
        #expect(aside.hasPrefix(session.journal.path + ".discarded-"))
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: aside, isDirectory: &isFolder) && isFolder.boolValue)
        #expect(try session.pending().entries.isEmpty)
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
