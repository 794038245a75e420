import Foundation
import Testing
import MigofWidgets

@Suite struct ThemeTests {
    private func write(_ text: String, named name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func goodFileLoadsEveryNotation() throws {
        let directory = try makeTemporaryDirectory()
        let url = try write("""
            {"name": "solar", "roles": {
              "text": {"fg": "#d0d0d0", "bg": "default", "bold": false},
              "accent": {"fg": 33, "bg": "bright_blue", "underline": true},
              "title": {"fg": "Grey", "bold": true, "reverse": true, "dim": true},
              "rating1": {"fg": "200"}
            }}
            """, named: "solar.json", in: directory)
        let result = try ThemeLoader.load(from: url)
        #expect(result.warning == nil)
        #expect(result.theme.name == "solar")
        #expect(result.theme.style(for: .text) == RoleStyle(fg: .rgb(0xd0, 0xd0, 0xd0)))
        #expect(result.theme.style(for: .accent) == RoleStyle(fg: .index(33), bg: .brightBlue, underline: true))
        #expect(result.theme.style(for: .title) == RoleStyle(fg: .gray, bold: true, reverse: true, dim: true))
        #expect(result.theme.style(for: .rating1) == RoleStyle(fg: .index(200)))
    }

    @Test func missingRolesFallBackToTheBuiltinTheme() throws {
        let result = try ThemeLoader.parse(Data(#"{"roles": {"text": {"fg": "red"}}}"#.utf8), source: "mini.json", defaultName: "mini")
        #expect(result.theme.name == "mini")
        #expect(result.theme.style(for: .text) == RoleStyle(fg: .red))
        #expect(result.theme.style(for: .selection) == Theme.builtinDark.style(for: .selection))
        #expect(result.theme.style(for: .rating4) == Theme.builtinDark.style(for: .rating4))
    }

    @Test func unknownKeysProduceOneWarning() throws {
        let json = #"{"name": "x", "extra": 1, "roles": {"txet": {"fg": "red"}, "text": {"fg": "red", "italic": true}, "sparkle": {}}}"#
        let result = try ThemeLoader.parse(Data(json.utf8), source: "x.json")
        #expect(result.warning == "x.json: ignored unknown keys: extra, roles.sparkle, roles.text.italic, roles.txet")
        #expect(result.theme.style(for: .text) == RoleStyle(fg: .red))
    }

    @Test func brokenJSONNamesTheFileAndLine() throws {
        let directory = try makeTemporaryDirectory()
        let url = try write("{\n  \"name\": \"bad\",\n  \"roles\": {\n    \"text\": {\"fg\": \"red\" \"bg\": \"blue\"}\n  }\n}\n", named: "bad.json", in: directory)
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(from: url) }
        #expect(error.file == url.path)
        #expect(error.line == 4)
        #expect(error.description.hasPrefix(url.path + ":4: "))
    }

    @Test func badColourNamesTheFileRoleAndLine() throws {
        let json = "{\n  \"roles\": {\n    \"text\": {\"fg\": \"red\"},\n    \"muted\": {\n      \"bg\": \"#12345z\"\n    }\n  }\n}"
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.parse(Data(json.utf8), source: "themes/odd.json") }
        #expect(error.description == "themes/odd.json:5: roles.muted.bg: invalid colour \"#12345z\" (use #rrggbb, 0-255, an ANSI name or default)")
    }

    @Test func wrongKindsAreErrors() throws {
        #expect(throws: ThemeError.self) { try ThemeLoader.parse(Data(#"{"roles": {"text": {"bold": 1}}}"#.utf8), source: "a.json") }
        #expect(throws: ThemeError.self) { try ThemeLoader.parse(Data(#"{"roles": {"text": {"fg": 256}}}"#.utf8), source: "a.json") }
        #expect(throws: ThemeError.self) { try ThemeLoader.parse(Data(#"{"roles": {"text": "red"}}"#.utf8), source: "a.json") }
        #expect(throws: ThemeError.self) { try ThemeLoader.parse(Data(#"{"name": "no roles"}"#.utf8), source: "a.json") }
        #expect(throws: ThemeError.self) { try ThemeLoader.parse(Data("[1]".utf8), source: "a.json") }
        let missing = URL(fileURLWithPath: "/nonexistent/theme.json")
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(from: missing) }
        #expect(error.file == "/nonexistent/theme.json")
    }

    @Test func discoverPrefersEarlierDirectories() throws {
        let user = try makeTemporaryDirectory()
        let system = try makeTemporaryDirectory()
        let userDark = try write("{}", named: "dark.json", in: user)
        _ = try write("{}", named: "dark.json", in: system)
        let light = try write("{}", named: "light.json", in: system)
        _ = try write("x", named: "notes.txt", in: system)
        let found = ThemeLoader.discover(in: [user, system, URL(fileURLWithPath: "/nonexistent")])
        #expect(found.mapValues(\.lastPathComponent) == ["dark": "dark.json", "light": "light.json"])
        #expect(found["dark"]?.standardizedFileURL == userDark.standardizedFileURL)
        #expect(found["light"]?.standardizedFileURL == light.standardizedFileURL)
    }

    @Test func builtinDarkCoversEveryRoleAndRoundTrips() throws {
        #expect(Set(Theme.builtinDark.styles.keys) == Set(Role.allCases))
        let encoded = ThemeLoader.encode(.builtinDark)
        let decoded = try ThemeLoader.parse(Data(encoded.utf8), source: "encoded")
        #expect(decoded.warning == nil)
        #expect(decoded.theme == .builtinDark)
    }

    /// Found by the fuzz harness (Tests/fuzz/corpus/theme/found-escaped-name.json): a name with a
    /// tab or another control character was written raw, so the file did not read again.
    @Test func encodedThemeWithControlCharactersInItsNameReadsBack() throws {
        let name = "tab\there \"q\" \\ é\u{01}\u{1F}\u{7F}\u{85}\nline"
        let theme = Theme(name: name, styles: Theme.builtinDark.styles)
        let decoded = try ThemeLoader.parse(Data(ThemeLoader.encode(theme).utf8), source: "encoded")
        #expect(decoded.theme.name == name)
        #expect(decoded.theme == theme)
    }

    /// Found by fuzzing (Tests/fuzz/corpus/theme/found-carriage-returns.json): carriage returns,
    /// JSON whitespace, were counted as line breaks, so the error's line was past the file's end.
    @Test func errorLineCountsOnlyLineFeeds() throws {
        let text = "{\r\r\r\"name\": \"x\",\r\r\n\"roles\": {\r\r\"text\": {\r\n\"fg\": \"nope\"}}}\n"
        #expect(throws: ThemeError(file: "t.json", line: 3, reason: "roles.text.fg: invalid colour \"nope\" (use #rrggbb, 0-255, an ANSI name or default)")) {
            try ThemeLoader.parse(Data(text.utf8), source: "t.json")
        }
    }

    private static let darkFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes/dark.json")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: darkFile.path)))
    func shippedDarkThemeMatchesTheBuiltin() throws {
        let result = try ThemeLoader.load(from: Self.darkFile)
        #expect(result.warning == nil)
        #expect(result.theme == .builtinDark)
    }

    @Test func cellAttributesCombineWithTheRole() {
        let theme = Theme(name: "t", styles: [.selection: RoleStyle(fg: .white, bg: .blue, reverse: true)])
        let cursor = theme.resolve(Style(.selection, bold: true, reverse: true))
        #expect(cursor == RoleStyle(fg: .white, bg: .blue, bold: true, reverse: false))
        #expect(theme.resolve(Style(.text, underline: true)).underline)
    }

    @Test func colourNotationParses() {
        #expect(Color(parsing: "#FF8000") == .rgb(255, 128, 0))
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "Bright-White") == .brightWhite)
        #expect(Color(parsing: "grey") == .index(8))
        #expect(Color(parsing: "255") == .index(255))
        #expect(Color(parsing: "256") == nil)
        #expect(Color(parsing: "#fff") == nil)
        #expect(Color(parsing: "purple") == nil)
        #expect(Color.rgb(0, 0x5f, 0xaf).themeNotation == "#005faf")
    }
}
