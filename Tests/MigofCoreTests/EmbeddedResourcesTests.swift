import Foundation
import Testing
@testable import MigofCore

/// The resources a lone binary carries must be the files of the tree, byte for byte, and all
/// of them: `make resources` regenerates them after a change.
@Suite struct EmbeddedResourcesTests {
    static var root: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// Where a resource-folder path comes from in the tree.
    static func treeFile(_ path: String) -> String {
        path.hasPrefix("themes/") ? root + "/Themes/" + path.dropFirst("themes/".count)
            : root + "/Sources/MigofCore/Resources/" + path
    }

    static func listing(_ folder: String, prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.map { prefix + $0 }
    }

    @Test func everyEmbeddedFileEqualsItsFile() throws {
        for path in EmbeddedResources.paths {
            let file = try #require(FileManager.default.contents(atPath: Self.treeFile(path)), "\(path) is not in the tree")
            #expect(EmbeddedResources.contents(of: path) == [UInt8](file),
                    "\(path) differs from \(Self.treeFile(path)): run make resources")
        }
    }

    @Test func everyResourceTheBinaryReadsIsEmbedded() throws {
        let frameworks = try Self.listing(Self.root + "/Sources/MigofCore/Resources/frameworks", prefix: "frameworks/")
        let themes = try Self.listing(Self.root + "/Themes", prefix: "themes/")
        let wanted = frameworks + themes + ["store.json", "countries.csv", "sources.csv", "caveats.csv", "world-tile-grid.csv"]
        let missing = Set(wanted).subtracting(EmbeddedResources.paths)
        #expect(missing.isEmpty, "not embedded: \(missing.sorted()); run make resources")
        #expect(EmbeddedResources.contents(of: "frameworks/none.json") == nil)
    }

    @Test func writesTheFolderOnceAndReusesIt() throws {
        let parent = NSTemporaryDirectory() + "migof-embedded-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let folder = try #require(EmbeddedResources.materialise(in: parent, name: "r"))
        #expect(folder == parent + "/r")
        for path in EmbeddedResources.paths {
            #expect(FileManager.default.contents(atPath: folder + "/" + path) == FileManager.default.contents(atPath: Self.treeFile(path)))
        }
        // A second start reuses the folder and leaves no staging folder behind.
        #expect(EmbeddedResources.materialise(in: parent, name: "r") == folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["r"])
    }

    @Test func aFolderOthersMayWriteIsNotTrusted() throws {
        let parent = NSTemporaryDirectory() + "migof-embedded-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        chmod(parent, 0o777)
        #expect(EmbeddedResources.materialise(in: parent, name: "r") == nil)
        #expect(!FileManager.default.fileExists(atPath: parent + "/r"))
        chmod(parent, 0o700)
        #expect(EmbeddedResources.materialise(in: parent, name: "r") == parent + "/r")
    }

    @Test func anUnwritableCacheFallsBackAndTheFolderIsNamedByVersionAndDigest() throws {
        let environment = ["HOME": "/nonexistent-home", "XDG_CACHE_HOME": "/proc/migof-cannot-write"]
        let folder = try #require(EmbeddedResources.folder(environment: environment))
        #expect(folder.hasPrefix(NSTemporaryDirectory()))
        #expect(folder.hasSuffix("resources-\(MigofVersion.current)-\(EmbeddedResources.digest)"))
        #expect(EmbeddedResources.digest.count == 16)
        #expect(EmbeddedResources.digest == EmbeddedResources.computedDigest, "run make resources")
    }
}
