import Foundation
import Testing
@testable import MigofCore

@Suite struct ViewStateFileTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "migof-state-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func roundTripsEveryField() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = ViewStateFile(environment: ["HOME": "/h", "XDG_STATE_HOME": root])
        #expect(file.path == root + "/migof/state.json")
        #expect(file.read().state == nil && file.read().message == nil)
        let state = ViewState(screen: "profile", country: "CAN", area: "P1", year: 2019, theme: "light",
                              sort: "overall", filter: "côte \"d\"", region: "Africa", countryB: "DNK", yearB: 2021)
        try file.write(state, storePath: "/data/migof/store.json")
        #expect(file.read().state == state)
        #expect(file.read(fresh: true).state == nil)
    }

    @Test func damagedFileIsIgnoredWithOneMessage() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = ViewStateFile(path: root + "/state.json")
        try Data("{\"screen\": \"home\",".utf8).write(to: URL(fileURLWithPath: file.path))
        let (state, message) = file.read()
        #expect(state == nil)
        #expect(message?.hasPrefix(file.path + ":1:") == true)
        #expect(message?.hasSuffix("; the last view is not restored") == true)
        try Data("{\"year\": \"2021\"}".utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(file.read().message == "\(file.path):1:10: \"year\" must be a whole number; the last view is not restored")
        try Data("[1]".utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(file.read().message == "\(file.path): not a JSON object; the last view is not restored")
        // Reading never repairs or removes the file.
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func neverWritesIntoTheStoreFolder() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = ViewStateFile(path: root + "/state.json")
        #expect(throws: MigofError.self) { try file.write(ViewState(screen: "home"), storePath: root + "/store.json") }
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
