import Foundation
import Testing
@testable import MigofApp
import MigofWidgets

@Suite struct ThemeCatalogTests {
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path

    @Test func bundledThemesLoadCleanly() {
        let catalog = ThemeCatalog(directories: [Self.bundled], requested: nil, environment: [:])
        #expect(catalog.messages.isEmpty, "\(catalog.messages)")
        #expect(catalog.themes.map(\.name) == ["dark", "light", "high-contrast", "monochrome", "colorblind", "colorblind-light"])
        #expect(catalog.themes[0] == Theme.builtinDark)
    }

    @Test func noColorStartsMonochromeAndOptionWins() {
        let mono = ThemeCatalog(directories: [Self.bundled], requested: nil, environment: ["NO_COLOR": "1"])
        #expect(mono.themes.first?.name == "monochrome")
        #expect(mono.themes.first?.style(for: .selection).reverse == true)
        let empty = ThemeCatalog(directories: [Self.bundled], requested: nil, environment: ["NO_COLOR": ""])
        #expect(empty.themes.first?.name == "dark")
        let light = ThemeCatalog(directories: [Self.bundled], requested: "light", environment: ["NO_COLOR": "1", "MIGOF_THEME": "dark"])
        #expect(light.themes.first?.name == "light")
        let env = ThemeCatalog(directories: [Self.bundled], requested: nil, environment: ["MIGOF_THEME": "high-contrast"])
        #expect(env.themes.first?.name == "high-contrast")
        #expect(env.themes.count == 6)
    }

    /// Okabe–Ito orange, vermillion, sky blue and blue, with amber for rating 2: the Okabe–Ito
    /// yellow is too faint on a light background.
    @Test(arguments: ["colorblind", "colorblind-light"])
    func colorblindThemesAvoidRedAgainstGreen(name: String) {
        let catalog = ThemeCatalog(directories: [Self.bundled], requested: name, environment: [:])
        let theme = catalog.themes[0]
        #expect(theme.name == name && catalog.messages.isEmpty)
        let palette: Set<Color> = [.rgb(0xE6, 0x9F, 0x00), .rgb(0xD5, 0x5E, 0x00), .rgb(0xF5, 0xC7, 0x10),
                                   .rgb(0x56, 0xB4, 0xE9), .rgb(0x00, 0x72, 0xB2)]
        for role in [Role.rating1, .rating2, .rating3, .rating4, .positive, .negative] {
            #expect(palette.contains(theme.style(for: role).fg), "\(role) uses \(theme.style(for: role).fg)")
        }
        #expect(theme.style(for: .rating2).fg == .rgb(0xF5, 0xC7, 0x10))
        let ratings = [Role.rating1, .rating2, .rating3, .rating4].map { theme.style(for: $0).fg }
        #expect(Set(ratings).count == 4)
    }

    @Test func colorblindLightReadsOnWhite() {
        let theme = ThemeCatalog(directories: [Self.bundled], requested: "colorblind-light", environment: [:]).themes[0]
        let light = ThemeCatalog(directories: [Self.bundled], requested: "light", environment: [:]).themes[0]
        #expect(theme.style(for: .text).fg == light.style(for: .text).fg)
        #expect(theme.style(for: .rating2).bold)
    }

    @Test func brokenOrUnknownThemesFallBackWithAMessage() throws {
        let folder = NSTemporaryDirectory() + "migof-themes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "{ \"name\": \"bad\", \"roles\": { \"text\": {\"fg\": \"#zz\"} } }".write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        try "{ \"roles\": { \"text\": {\"fg\": \"red\"}, \"sparkle\": {} } }".write(toFile: folder + "/odd.json", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(directories: [folder, Self.bundled], requested: "bad", environment: [:])
        #expect(catalog.themes.first?.name == "dark")
        #expect(catalog.messages.contains { $0.contains("bad.json") && $0.hasSuffix("using the dark theme instead") })
        // Only the chosen theme's problems are shown: odd.json's unknown role belongs to odd.
        #expect(!catalog.messages.contains { $0.contains("sparkle") })
        let oddCatalog = ThemeCatalog(directories: [folder, Self.bundled], requested: "odd", environment: [:])
        #expect(oddCatalog.messages.contains { $0.contains("sparkle") })
        let unknown = ThemeCatalog(directories: [folder, Self.bundled], requested: "nope", environment: [:])
        #expect(unknown.messages.contains { $0.contains("unknown theme 'nope'") })
        let odd = ThemeCatalog(directories: [folder, Self.bundled], requested: "odd", environment: [:]).themes[0]
        #expect(odd.style(for: .text).fg == .index(1))
        #expect(odd.style(for: .rating4) == Theme.builtinDark.style(for: .rating4))
    }
}
