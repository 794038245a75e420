import Foundation
import Testing
@testable import MigofCore

@Suite struct SaveTests {
    let framework = Fixtures.framework

    private func setUp() throws -> (folder: String, path: String, original: String) {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/store.json"
        let original = Fixtures.importedStore.encoded(framework: framework)
        try original.write(toFile: path, atomically: false, encoding: .utf8)
        return (folder, path, original)
    }

    @Test func saveReplacesAndKeepsBackup() throws {
        let (folder, path, original) = try setUp()
        defer { Fixtures.remove(folder) }
        var store = Fixtures.importedStore
        try store.setScore(4, indicator: "P3.1", country: "NOR", year: 2021, framework: framework)
        try StoreFile(path: path).save(store, framework: framework)
        #expect(try StoreFile(path: path).load(framework: framework) == store)
        #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8) == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: [AtomicFile.Fault.diskFullAfter(0), .diskFullAfter(1000), .beforeRename])
    func failedSaveLeavesTheOriginalIntact(fault: AtomicFile.Fault) throws {
        let (folder, path, original) = try setUp()
        defer { Fixtures.remove(folder) }
        var store = Fixtures.importedStore
        try store.setScore(1, indicator: "O3.3", country: "DEU", year: 2019, framework: framework)
        #expect(throws: MigofError.self) { try StoreFile(path: path).save(store, framework: framework, fault: fault) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func diskFullMessageNamesTheCause() throws {
        let (folder, path, _) = try setUp()
        defer { Fixtures.remove(folder) }
        do {
            try StoreFile(path: path).save(Fixtures.importedStore, framework: framework, fault: .diskFullAfter(10))
            Issue.record("save should fail")
        } catch {
            #expect(error.description.contains("No space left on device"))
            #expect(error.exitCode == 74)
        }
    }

    @Test func saveIntoReadOnlyFolderFails() throws {
        guard getuid() != 0 else { return }  // root ignores folder permissions
        let (folder, path, original) = try setUp()
        defer { chmod(folder, 0o755); Fixtures.remove(folder) }
        chmod(folder, 0o555)
        #expect(throws: MigofError.self) { try StoreFile(path: path).save(Store(), framework: framework) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test func leftoversOfDeadWritersAreRemoved() throws {
        let (folder, path, _) = try setUp()
        defer { Fixtures.remove(folder) }
        let dead = folder + "/.store.json.tmp-999999"
        FileManager.default.createFile(atPath: dead, contents: Data("partial".utf8))
        #expect(AtomicFile(path: path).removeLeftovers() == 1)
        #expect(!FileManager.default.fileExists(atPath: dead))
    }

    @Test func secondWriterIsToldTheHoldersPID() throws {
        let (folder, path, _) = try setUp()
        defer { Fixtures.remove(folder) }
        let lock = try StoreLock.acquire(forStore: path)
        #expect(throws: MigofError.locked(path: path, pid: getpid())) { try StoreLock.acquire(forStore: path) }
        #expect(StoreLock.holder(ofStore: path) == getpid())
        lock.release()
        #expect(StoreLock.holder(ofStore: path) == nil)
        let again = try StoreLock.acquire(forStore: path)
        again.release()
    }

    @Test func defaultIsCopiedOnceAndNeverReplacesAUserFile() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/nested/store.json"
        #expect(try StoreFile(path: path).installDefault(from: Fixtures.paths.bundledStore))
        try "mine".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try !StoreFile(path: path).installDefault(from: Fixtures.paths.bundledStore))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    }

    @Test func pathPrecedence() {
        let env = ["HOME": "/h", "MIGOF_STORE": "/env.json", "XDG_DATA_HOME": "/xdg"]
        #expect(Paths.resolve(storeOption: "/opt.json", environment: env).store == "/opt.json")
        #expect(Paths.resolve(environment: env).store == "/env.json")
        #expect(Paths.resolve(environment: ["HOME": "/h", "XDG_DATA_HOME": "/xdg"]).store == "/xdg/migof/store.json")
        #expect(Paths.resolve(environment: ["HOME": "/h"]).store == "/h/.local/share/migof/store.json")
        #expect(Paths.resolve(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c"]).themeDirectories.first == "/c/migof/themes")
    }
}
