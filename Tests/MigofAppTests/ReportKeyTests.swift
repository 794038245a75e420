import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// `w` on a profile or a comparison writes the report into the report folder and says where.
@Suite struct ReportKeyTests {
    static func folder() -> String {
        NSTemporaryDirectory() + "migof-report-key-" + UUID().uuidString
    }

    static func canadaProfile(folder: String?) -> App {
        var app = AppFixtures.app(options: AppOptions(reportFolder: folder))
        app.type("/canada")
        app.press(.enter)
        app.press(.enter)
        return app
    }

    @Test func wOnAProfileWritesMarkdownAndHTMLAndSaysWhere() throws {
        let folder = Self.folder() + "/not/yet"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var app = Self.canadaProfile(folder: folder)
        #expect(app.screen.country == "CAN")
        app.type("w")
        let md = try String(contentsOfFile: folder + "/migof-CAN-2021.md", encoding: .utf8)
        let html = try String(contentsOfFile: folder + "/migof-CAN-2021.html", encoding: .utf8)
        #expect(md.hasPrefix("# Canada (CAN): migration governance profile, 2021"))
        #expect(html.contains("<h1>Canada (CAN): migration governance profile, 2021</h1>"))
        #expect(app.screenText(Size(width: 100, height: 30)).contains("report written: "))
        #expect(app.message == "report written: \(folder)/migof-CAN-2021.html and .md")
    }

    @Test func wOnAComparisonWritesBothSidesAsOneReport() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var app = AppFixtures.app(options: AppOptions(reportFolder: folder))
        app.openComparison("CAN", year: 2021, with: "MEX", year: 2019)
        app.type("w")
        let md = try String(contentsOfFile: folder + "/migof-CAN-2021-MEX-2019.md", encoding: .utf8)
        #expect(md.contains("# Canada (CAN): migration governance profile, 2021"))
        #expect(md.contains("# Mexico (MEX): migration governance profile, 2019"))
        let html = try String(contentsOfFile: folder + "/migof-CAN-2021-MEX-2019.html", encoding: .utf8)
        #expect(html.components(separatedBy: "<section class=\"country\">").count == 3)
    }

    @Test func aSideWithoutAnAssessmentOrNoFolderWritesNothing() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var app = Self.canadaProfile(folder: folder)
        app.type("]")
        app.type("w")
        #expect(app.message?.hasPrefix("no report written: Canada has no assessment for") == true, "\(app.message ?? "")")
        var headless = Self.canadaProfile(folder: nil)
        headless.type("w")
        #expect(headless.message?.hasPrefix("no report folder in this session") == true)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func theReportIsNeverWrittenOverTheStore() throws {
        let folder = Self.folder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/migof-CAN-2021.html"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: store))
        var app = App(store: AppFixtures.store, framework: AppFixtures.framework, storePath: store,
                      options: AppOptions(reportFolder: folder))
        app.update(.resize(Size(width: 100, height: 30)))
        app.type("/canada")
        app.press(.enter)
        app.press(.enter)
        app.type("w")
        #expect(app.message?.contains("refusing to write the report over the store") == true, "\(app.message ?? "")")
        #expect(try String(contentsOfFile: store, encoding: .utf8) == "{}")
        #expect(!FileManager.default.fileExists(atPath: folder + "/migof-CAN-2021.md"))
    }
}
