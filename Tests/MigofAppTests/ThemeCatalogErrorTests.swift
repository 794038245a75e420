import Foundation
import Testing
import MigofApp
import MigofWidgets

/// Each theme file is judged on its own, and only the chosen theme's problems are shown.
@Suite struct ThemeCatalogErrorTests {
    private static func folder(_ files: [String: String]) throws -> String {
        let folder = NSTemporaryDirectory() + "migof-themes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    private static let dusk = "{\n  \"name\": \"dusk\",\n  \"roles\": {\n    \"text\": {\"fg\": \"#d0d0d0\"}\n  }\n}\n"
    private static let broken = "{\n  \"name\": \"broken\",\n  \"roles\": {\n    \"text\": {\"fg\": red}\n  }\n}\n"

    @Test func aGoodThemeIsNotBlamedForAnotherFile() throws {
        let folder = try Self.folder(["dusk.json": Self.dusk, "broken.json": Self.broken])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dusk = ThemeCatalog(directories: [folder, ThemeCatalogTests.bundled], requested: "dusk", environment: [:])
        #expect(dusk.themes.first?.name == "dusk")
        #expect(dusk.messages.isEmpty, "\(dusk.messages)")
        let dark = ThemeCatalog(directories: [folder, ThemeCatalogTests.bundled], requested: "dark", environment: [:])
        #expect(dark.themes.first?.name == "dark")
        #expect(dark.messages.isEmpty, "\(dark.messages)")
    }

    @Test func theChosenBrokenThemeNamesItsFileAndLine() throws {
        let folder = try Self.folder(["dusk.json": Self.dusk, "broken.json": Self.broken])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = ThemeCatalog(directories: [folder, ThemeCatalogTests.bundled], requested: "broken", environment: [:])
        #expect(catalog.themes.first?.name == "dark")
        #expect(catalog.messages == ["\(folder)/broken.json:4: not valid JSON; using the dark theme instead"])
    }

    @Test func aFileCutShortStillHasALine() throws {
        let folder = try Self.folder(["cut.json": "{\n  \"name\": \"cut\",\n  \"roles\": {\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = ThemeCatalog(directories: [folder, ThemeCatalogTests.bundled], requested: "cut", environment: [:])
        #expect(catalog.messages == ["\(folder)/cut.json:3: not valid JSON; using the dark theme instead"])
    }

    @Test func aBrokenUserCopyOfABundledThemeGivesWayToTheBundledOne() throws {
        let folder = try Self.folder(["light.json": Self.broken])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = ThemeCatalog(directories: [folder, ThemeCatalogTests.bundled], requested: "light", environment: [:])
        #expect(catalog.themes.first?.name == "light")
        #expect(catalog.themes.first?.style(for: .text) != Theme.builtinDark.style(for: .text))
        #expect(catalog.messages.count == 1)
        #expect(catalog.messages.first?.hasPrefix("\(folder)/light.json:4: ") == true)
        #expect(catalog.messages.first?.hasSuffix("using the bundled light theme instead") == true)
        #expect(catalog.themes.count == 6)
    }

    @Test func userThemesAreInTheCycle() throws {
        let folder = try Self.folder(["dusk.json": Self.dusk, "broken.json": Self.broken])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = ThemeCatalog(directories: [folder, ThemeCatalogTests.bundled], requested: nil, environment: [:])
        #expect(catalog.themes.map(\.name) == ["dark", "light", "high-contrast", "monochrome", "colorblind", "colorblind-light", "dusk"])
        #expect(catalog.messages.isEmpty, "\(catalog.messages)")
    }
}
