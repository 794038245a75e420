import Foundation
import Testing
@testable import MigofCore

/// What a save killed with SIGKILL leaves behind is swept up by the next start or save.
@Suite struct LeftoverTests {
    let framework = Fixtures.framework

    private func folderWithStore() throws -> (folder: String, path: String) {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/store.json"
        try StoreFile(path: path).save(Store(), framework: framework)
        return (folder, path)
    }

    private func entries(_ folder: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder))
    }

    /// Regression: a save killed between staging the backup and renaming it left
    /// `store.json.bak.tmp-<pid>` behind for ever, since only `.store.json.tmp-*` was swept.
    @Test func stagedBackupsOfDeadWritersAreRemoved() throws {
        let (folder, path) = try folderWithStore()
        defer { Fixtures.remove(folder) }
        let before = try entries(folder)
        FileManager.default.createFile(atPath: folder + "/store.json.bak.tmp-999999", contents: Data("old".utf8))
        FileManager.default.createFile(atPath: folder + "/.store.json.tmp-999998", contents: Data("new".utf8))
        #expect(AtomicFile(path: path).removeLeftovers() == 2)
        // The staged file differs from the store, so its save had replaced the store: it is
        // the true previous version and becomes `.bak` (issue 11.7).
        #expect(try entries(folder) == before.union(["store.json.bak"]))
        #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8) == "old")
    }

    /// A staged backup that is the store itself (killed before the rename) is only removed.
    @Test func stagedBackupsOfTheCurrentStoreAreRemoved() throws {
        let (folder, path) = try folderWithStore()
        defer { Fixtures.remove(folder) }
        let before = try entries(folder)
        #expect(link(path, folder + "/store.json.bak.tmp-999999-0123456789abcdef") == 0)
        #expect(AtomicFile(path: path).removeLeftovers() == 1)
        #expect(try entries(folder) == before)
    }

    /// Another live process may be mid-save; this process is not (it is sweeping), so a file
    /// named with its own PID is a dead writer's whose PID was reused.
    @Test func filesOfLiveWritersAndOtherStoresAreKept() throws {
        let (folder, path) = try folderWithStore()
        defer { Fixtures.remove(folder) }
        let mine = folder + "/.store.json.tmp-\(getpid())"
        let parent = folder + "/store.json.bak.tmp-\(getppid())"
        let other = folder + "/.other.json.tmp-999999"
        for file in [mine, parent, other] { FileManager.default.createFile(atPath: file, contents: Data()) }
        #expect(AtomicFile(path: path).removeLeftovers() == 1)
        #expect(!FileManager.default.fileExists(atPath: mine))
        #expect([parent, other].allSatisfy { FileManager.default.fileExists(atPath: $0) })
    }

    /// Regression: nothing called `removeLeftovers`, so a killed save's temporary file stayed.
    @Test func theNextSaveSweepsUp() throws {
        let (folder, path) = try folderWithStore()
        defer { Fixtures.remove(folder) }
        let dead = folder + "/.store.json.tmp-999999"
        FileManager.default.createFile(atPath: dead, contents: Data("partial".utf8))
        try StoreFile(path: path).save(Store(), framework: framework)
        #expect(!FileManager.default.fileExists(atPath: dead))
    }

    @Test func theNextStartSweepsUp() throws {
        let (folder, path) = try folderWithStore()
        defer { Fixtures.remove(folder) }
        let dead = folder + "/store.json.bak.tmp-999999"
        FileManager.default.createFile(atPath: dead, contents: Data("partial".utf8))
        var paths = Fixtures.paths
        paths.store = path
        _ = try Workspace.open(paths: paths, notice: { _ in })
        #expect(!FileManager.default.fileExists(atPath: dead))
    }
}
