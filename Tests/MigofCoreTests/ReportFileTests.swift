import Foundation
import Testing
@testable import MigofCore

@Suite struct ReportFileTests {
    @Test func writesAReportAndReplacesAnEarlierOne() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let out = folder + "/report.md"
        try ReportFile.write("one\n", to: out, store: folder + "/store.json")
        try ReportFile.write("two\n", to: out, store: folder + "/store.json")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "two\n")
        #expect(!FileManager.default.fileExists(atPath: out + ".bak"), "a report keeps no previous version")
    }

    @Test func refusesTheStoreItsSideFilesAndAnyOtherNameForThem() throws {
        let (folder, store) = try Fixtures.savedStore()
        defer { Fixtures.remove(folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: store)
        try FileManager.default.linkItem(atPath: store, toPath: folder + "/hard.md")
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        for target in [store, store + ".bak", store + ".journal", store + ".lock", folder + "/link.md", folder + "/hard.md",
                       folder + "/./store.json", folder + "/sub/../store.json"] {
            #expect(ReportFile.refusal(target, store: store) != nil, "\(target) should be refused")
            #expect(throws: MigofError.self) { try ReportFile.write("x", to: target, store: store) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before, "the store is untouched")
        #expect(!FileManager.default.fileExists(atPath: store + ".journal"))
        #expect(ReportFile.refusal(folder + "/store.json.md", store: store) == nil)
        let message = ReportFile.refusal(store, store: store) ?? ""
        #expect(message.contains("refusing to write the report over the store") && message.contains(store))
    }

    @Test func aFolderOrAMissingFolderIsAClearError() {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        #expect(throws: MigofError.self) { try ReportFile.write("x", to: folder, store: "/nowhere/store.json") }
        #expect(throws: MigofError.self) { try ReportFile.write("x", to: folder + "/no/such/r.md", store: "/nowhere/store.json") }
    }
}
