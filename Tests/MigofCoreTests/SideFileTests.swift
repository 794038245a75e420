import Foundation
import Testing
@testable import MigofCore

/// Issue 11, items 7 and 13–19: the files beside the store cannot be turned against its user.
@Suite struct SideFileTests {
    let framework = Fixtures.framework
    let edit = Edit.score(country: "CAN", year: 2021, indicator: "P1.1", old: nil, new: 3)

    private func makeStore() throws -> (folder: String, path: String) {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/store.json"
        try StoreFile(path: path).save(Fixtures.importedStore, framework: framework)
        return (folder, path)
    }

    private func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }
    private func scored(_ value: Int) throws -> Store {
        var store = Fixtures.importedStore
        try store.setScore(value, indicator: "P3.1", country: "NOR", year: 2021, framework: framework)
        return store
    }

    /// Item 7: a kill between the backup and the rename made `.bak` the current store.
    @Test func aSaveStoppedBeforeTheRenameKeepsTheTruePreviousVersion() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let v0 = text(path)
        try StoreFile(path: path).save(try scored(1), framework: framework)
        let v1 = text(path)
        #expect(throws: MigofError.self) { try StoreFile(path: path).save(try scored(2), framework: framework, fault: .beforeRename) }
        #expect(text(path) == v1)
        #expect(text(path + ".bak") == v0)
    }

    /// Item 7: stopped between the two renames, the next start puts the previous version in place.
    @Test func aSaveStoppedAfterTheRenameGetsItsBackupAtTheNextStart() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        try StoreFile(path: path).save(try scored(1), framework: framework)
        let v1 = text(path)
        try StoreFile(path: path).save(try scored(2), framework: framework, fault: .afterRename)
        let v2 = text(path)
        #expect(v2 != v1)
        AtomicFile(path: path).removeLeftovers()
        #expect(text(path + ".bak") == v1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }.isEmpty)
    }

    /// Item 19: `.bak` already the same file as the store (after a failed save) left
    /// `store.json.bak.tmp-<pid>` behind a successful save.
    @Test func noStagedBackupIsLeftWhenBakIsAlreadyTheStore() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        unlink(path + ".bak")
        #expect(link(path, path + ".bak") == 0)
        try StoreFile(path: path).save(try scored(3), framework: framework)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }.isEmpty)
    }

    /// Item 13: a linked lock file's target was truncated and overwritten with a PID.
    @Test func aLinkedLockIsRefusedAndItsTargetUntouched() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let victim = folder + "/victim"
        try "precious".write(toFile: victim, atomically: false, encoding: .utf8)
        #expect(symlink(victim, path + ".lock") == 0)
        #expect(throws: MigofError.self) { try StoreLock.acquire(forStore: path) }
        #expect(text(victim) == "precious")
        // A hard link to another file is refused too.
        unlink(path + ".lock")
        #expect(link(victim, path + ".lock") == 0)
        #expect(throws: MigofError.self) { try StoreLock.acquire(forStore: path) }
        #expect(text(victim) == "precious")
    }

    /// Item 13: a linked journal's target got edits appended.
    @Test func aLinkedJournalIsRefusedAndItsTargetUntouched() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let victim = folder + "/victim"
        try "precious".write(toFile: victim, atomically: false, encoding: .utf8)
        let session = EditingSession(storePath: path, framework: framework)
        defer { session.close() }
        #expect(symlink(victim, session.journal.path) == 0)
        #expect(throws: MigofError.self) { try session.record(edit) }
        #expect(throws: MigofError.self) { try session.pending() }
        #expect(text(victim) == "precious")
    }

    /// Item 13: a linked store was replaced by a regular file and its target never updated.
    /// The policy: the link is followed, the target written, the side files sit beside it.
    @Test func aLinkedStoreIsWrittenThroughTheLink() throws {
        let (folder, target) = try makeStore()
        defer { Fixtures.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: false)
        let link = folder + "/elsewhere/store.json"
        #expect(symlink(target, link) == 0)
        let paths = try Paths.resolve(storeOption: link, environment: ["HOME": folder]).followingStoreLink()
        #expect(paths.store == (target as NSString).resolvingSymlinksInPath)
        try StoreFile(path: link).save(try scored(4), framework: framework)
        var info = stat()
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try StoreFile(path: target).load(framework: framework) == (try scored(4)))
        #expect(!FileManager.default.fileExists(atPath: link + ".bak"))
        // A link to nothing is refused, not replaced.
        let dangling = folder + "/elsewhere/gone.json"
        #expect(symlink(folder + "/missing.json", dangling) == 0)
        #expect(throws: MigofError.self) { try StoreFile(path: dangling).save(Store(), framework: framework) }
        #expect(lstat(dangling, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    }

    /// Item 14: temporary files had a predictable name and a planted link was followed.
    @Test func plantedLinksAtTheOldTemporaryNamesAreNeverFollowed() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let victim = folder + "/victim"
        try "precious".write(toFile: victim, atomically: false, encoding: .utf8)
        let pid = getpid()
        #expect(symlink(victim, folder + "/.store.json.tmp-\(pid)") == 0)
        #expect(symlink(victim, folder + "/store.json.bak.tmp-\(pid)") == 0)
        let file = AtomicFile(path: path)
        try file.write(Array(Fixtures.importedStore.encoded(framework: framework).utf8))
        #expect(text(victim) == "precious")
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
    }

    /// Item 15: a 600 store became 644, a 660 one lost group write, the journal was world-readable.
    @Test(arguments: [0o600, 0o660, 0o640] as [mode_t])
    func saveKeepsTheStoresModeAndTheJournalIsNoMoreReadable(wanted: mode_t) throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let old = umask(0o022)
        defer { umask(old) }
        chmod(path, wanted)
        let session = EditingSession(storePath: path, framework: framework)
        defer { session.close() }
        try session.record(edit)
        #expect(mode(session.journal.path) == wanted)
        #expect(mode(path + ".lock") == wanted)
        let saved = try StoreFile(path: path).load(framework: framework)
        var store = saved
        try store.apply(edit, framework: framework)
        _ = try session.save(store, since: saved, touched: ["CAN"])
        #expect(mode(path) == wanted)
        #expect(mode(path + ".bak") == wanted)
    }

    /// Item 15: root saving another user's store took ownership of it.
    @Test func rootKeepsTheStoresOwner() throws {
        guard getuid() == 0 else { return }  // Only root may give a file away.
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        chown(path, 4321, 4321)
        let session = EditingSession(storePath: path, framework: framework)
        defer { session.close() }
        try session.record(edit)
        _ = try session.save(try scored(2), since: Fixtures.importedStore, touched: ["NOR"])
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_uid == 4321 && info.st_gid == 4321)
        #expect(stat(path + ".lock", &info) == 0 && info.st_uid == 4321)
    }

    /// Item 16: a FIFO store hung `validate` and `show`; one linked to /dev/zero grew without bound.
    @Test func onlyRegularFilesOfBoundedSizeAreRead() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let fifo = folder + "/fifo.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, "/dev/zero", folder] {
            do {
                _ = try StoreFile(path: path).load(framework: framework)
                Issue.record("\(path) should be refused")
            } catch {
                #expect(error.description.contains("not a regular file"), "\(error)")
            }
        }
        let huge = folder + "/huge.json"
        FileManager.default.createFile(atPath: huge, contents: nil)
        #expect(truncate(huge, off_t(SideFile.maximumStoreBytes + 1)) == 0)
        #expect(throws: MigofError.self) { try StoreFile(path: huge).load(framework: framework) }
        #expect(throws: MigofError.self) { try Framework.load(path: fifo) }
    }

    /// Item 18: relative XDG_* values were used relative to the working folder.
    @Test func relativeXDGValuesAreIgnored() {
        let paths = Paths.resolve(environment: ["HOME": "/h", "XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "./conf"])
        #expect(paths.store == "/h/.local/share/migof/store.json")
        #expect(paths.config == "/h/.config/migof")
    }

    /// Item 17: only the default store is created on first use.
    @Test func aMissingStoreElsewhereIsRefusedUnlessCreating() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let paths = Paths.resolve(storeOption: folder + "/new/store.json", environment: ["HOME": folder])
        #expect(throws: MigofError.noStore(path: paths.store)) { try Workspace.open(paths: paths, notice: { _ in }) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/new"))
        _ = try Workspace.open(paths: paths, notice: { _ in }, create: true)
        #expect(FileManager.default.fileExists(atPath: paths.store))
    }

    /// Item 19: a refusal named no PID, or a stale one, because the holder wrote its PID
    /// after taking the lock. The refused process waits for the live holder's PID.
    @Test func aRefusalNamesTheCurrentHolderNotAStaleOne() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let lockPath = path + ".lock"
        try "999999\n".write(toFile: lockPath, atomically: false, encoding: .utf8)  // a crashed holder's PID
        #expect(kill(999999, 0) != 0)
        let fd = open(lockPath, O_RDWR)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)  // a new holder, its PID not written yet
        let writer = Thread {
            usleep(50_000)
            let text = "\(getpid())\n"
            _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        }
        writer.start()
        #expect(throws: MigofError.locked(path: path, pid: getpid())) { try StoreLock.acquire(forStore: path) }
    }

    /// A released lock file is emptied, so a reader never names a process that has finished.
    @Test func aReleasedLockNamesNobody() throws {
        let (folder, path) = try makeStore()
        defer { Fixtures.remove(folder) }
        let lock = try StoreLock.acquire(forStore: path)
        #expect(text(path + ".lock") == "\(getpid())\n")
        lock.release()
        #expect(text(path + ".lock") == "")
    }
}
