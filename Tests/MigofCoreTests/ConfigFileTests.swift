import Foundation
import Testing
@testable import MigofCore

@Suite struct ConfigFileTests {
    @Test func readsEverySetting() throws {
        let config = try ConfigFile.parse("""
            theme = "light"
            store = "~/s.json"
            framework = "fw.json"
            user = "ana"
            auto-advance = true
            mouse = false
            start-screen = "browser"
            keys = { save = ["C-s"], quit = ["q", "Z Z"], help = "F1" }
            """, path: "/cfg/migof/config.toml")
        #expect(config.theme?.value == "light")
        #expect(config.user?.value == "ana")
        #expect(config.autoAdvance?.value == true)
        #expect(config.mouse?.value == false)
        #expect(config.startScreen?.value == .browser)
        #expect(config.keys["quit"]?.value == ["q", "Z Z"])
        #expect(config.keys["help"]?.value == ["F1"])
        #expect(config.warnings.isEmpty)
        #expect(config.expand(config.store!.value, home: "/h") == "/h/s.json")
        #expect(config.expand(config.framework!.value, home: "/h") == "/cfg/migof/fw.json")
        #expect(config.expand("/abs.json", home: "/h") == "/abs.json")
    }

    @Test func unknownKeysWarnOnceEach() throws {
        let config = try ConfigFile.parse("colour = \"x\"\ntheme = \"dark\"\n", path: "c.toml")
        #expect(config.warnings.map(\.description) == [
            "c.toml:1:1: unknown key 'colour' ignored; keys: theme, store, framework, user, auto-advance, mouse, start-screen, report-dir, keys",
        ])
        #expect(config.theme?.value == "dark")
    }

    @Test(arguments: [
        ("mouse = \"no\"", "c.toml:1:9: mouse must be true or false, found a string"),
        ("theme = 3", "c.toml:1:9: theme must be a string, found an integer"),
        ("start-screen = \"profile\"", "c.toml:1:16: start-screen must be one of home, browser; got \"profile\""),
        ("keys = [\"s\"]", "c.toml:1:8: keys must be a table of action = [\"key\", …], found an array"),
        ("[keys]\nsave = [1]", "c.toml:2:9: keys.save lists keys as strings such as \"C-s\", found an integer"),
    ])
    func wrongTypesNameTheValue(text: String, expected: String) {
        do {
            _ = try ConfigFile.parse(text, path: "c.toml")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func templateParsesAndChangesNothing() throws {
        let config = try ConfigFile.parse(ConfigTemplate.text, path: "c.toml")
        #expect(config == ConfigFile(path: "c.toml"))
        // Uncommenting every setting line gives a valid file too.
        let uncommented = ConfigTemplate.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("# ") && (line.contains(" = ") || line == "# [keys]") ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
        let full = try ConfigFile.parse(uncommented, path: "c.toml")
        #expect(full.warnings.isEmpty)
        #expect(full.keys["quit"]?.value == ["q", "Z Z"])
        #expect(full.startScreen?.value == .home)
    }

    @Test func loaderFallsBackToDefaultsOnError() throws {
        let folder = NSTemporaryDirectory() + "migof-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/config.toml"
        #expect(ConfigLoader.load(path: path).messages.isEmpty)
        #expect(ConfigLoader.load(path: path).file == nil)
        try "theme = \"light\"\nmouse = maybe\n".write(toFile: path, atomically: true, encoding: .utf8)
        let broken = ConfigLoader.load(path: path)
        #expect(broken.file == nil)
        #expect(broken.messages == ["\(path):2:9: expected a value, found 'maybe' (strings need quotes: \"maybe\"); using the defaults"])
        try Data([0x74, 0x3D, 0xFF]).write(to: URL(fileURLWithPath: path))
        #expect(ConfigLoader.load(path: path).messages == ["\(path): not UTF-8 text; using the defaults"])
        #expect(ConfigLoader.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/migof/config.toml")
        #expect(ConfigLoader.defaultPath(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/x"]) == "/x/migof/config.toml")
    }
}
