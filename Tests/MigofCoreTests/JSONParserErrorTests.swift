import Testing
@testable import MigofCore

@Suite("JSON parser errors")
struct JSONParserErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        var input: [UInt8]
        var expected: String
        init(_ text: String, _ expected: String) {
            input = Array(text.utf8)
            self.expected = expected
        }
        init(bytes: [UInt8], _ expected: String) {
            input = bytes
            self.expected = expected
        }
        var description: String { String(decoding: input.prefix(40), as: UTF8.self) }
    }

    static let cases: [Case] = [
        Case("", "1:1: empty file"),
        Case("  \n\t ", "1:1: empty file"),
        Case(bytes: [0xEF, 0xBB, 0xBF], "1:1: empty file"),
        Case("[1,", "1:4: unexpected end of file"),
        Case("[\"a\"\n", "2:1: unexpected end of file"),
        Case("{\"a\":", "1:6: unexpected end of file"),
        Case("\"abc", "1:5: unexpected end of file"),
        Case("\"\\", "1:3: unexpected end of file"),
        Case("\"\\u12", "1:6: unexpected end of file"),
        Case("tru", "1:4: unexpected end of file"),
        Case("x", "1:1: unexpected character 'x'"),
        Case("NaN", "1:1: unexpected character 'N'"),
        Case("]", "1:1: unexpected character ']'"),
        Case("[1, }", "1:5: unexpected character '}'"),
        Case("\u{0}", "1:1: unexpected character U+0000"),
        Case("[\u{FEFF}1]", "1:2: unexpected character U+FEFF"),
        Case("[é]", "1:2: unexpected character 'é'"),
        Case("[1 2]", "1:4: expected ',' or ']' after array element"),
        Case("[1}", "1:3: expected ',' or ']' after array element"),
        Case("{\"a\":1 \"b\":2}", "1:8: expected ',' or '}' after object member"),
        Case("{\"a\":1]", "1:7: expected ',' or '}' after object member"),
        Case("{\"a\" 1}", "1:6: expected ':' after key"),
        Case("{a:1}", "1:2: object key must be a string"),
        Case("{\"a\":1, 2:3}", "1:9: object key must be a string"),
        Case("{\"a\":1,}", "1:7: trailing comma in object"),
        Case("[1,\n]", "1:3: trailing comma in array"),
        Case("[\"\\q\"]", "1:3: invalid escape '\\q'"),
        Case("\"\\\u{1}\"", "1:2: invalid escape '\\' followed by U+0001"),
        Case("\"\\u12G4\"", "1:2: invalid \\u escape: expected 4 hex digits"),
        Case("\"a\tb\"", "1:3: control character in string"),
        Case("\"a\nb\"", "1:3: control character in string"),
        Case("\"é\u{1}\"", "1:3: control character in string"),
        Case("\"\\uD800\"", "1:2: unpaired surrogate"),
        Case("\"\\uDC00\"", "1:2: unpaired surrogate"),
        Case("\"\\uD800\\u0041\"", "1:2: unpaired surrogate"),
        Case("\"\\uD800x\"", "1:2: unpaired surrogate"),
        Case("\"\\uD800\\n\"", "1:2: unpaired surrogate"),
        Case("\"\\uD800\\uZZZZ\"", "1:8: invalid \\u escape: expected 4 hex digits"),
        Case("01", "1:1: invalid number '01'"),
        Case("[-]", "1:2: invalid number '-'"),
        Case("1 2", "1:3: trailing characters after the top-level value"),
        Case("{} x", "1:4: trailing characters after the top-level value"),
        Case("\"a\" :", "1:5: trailing characters after the top-level value"),
        Case("trux", "1:1: invalid literal 'trux'"),
        Case("[true1]", "1:2: invalid literal 'true1'"),
        Case("nul ", "1:1: invalid literal 'nul'"),
        Case("[True]", "1:2: unexpected character 'T'"),
        Case(bytes: [0x22, 0x61, 0xC0, 0xAF, 0x22], "1:3: invalid UTF-8"),             // overlong '/'
        Case(bytes: [0x22, 0xE0, 0x80, 0xAF, 0x22], "1:2: invalid UTF-8"),             // overlong 3-byte
        Case(bytes: [0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22], "1:2: invalid UTF-8"),       // overlong 4-byte
        Case(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], "1:2: invalid UTF-8"),             // encoded surrogate
        Case(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "1:2: invalid UTF-8"),       // above U+10FFFF
        Case(bytes: [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], "1:2: invalid UTF-8"),       // lead byte > F4
        Case(bytes: [0x22, 0xFF, 0x22], "1:2: invalid UTF-8"),
        Case(bytes: [0x22, 0x80, 0x22], "1:2: invalid UTF-8"),                         // stray continuation
        Case(bytes: [0x22, 0xC3, 0x22], "1:2: invalid UTF-8"),                         // cut-off sequence
        Case(bytes: [0x22, 0xC3], "1:3: unexpected end of file"),
        Case(bytes: [0x5B, 0xFF, 0x5D], "1:2: invalid UTF-8"),                         // outside a string
        Case(bytes: Array("[\"a\\n\", \"x".utf8) + [0xC3, 0x28, 0x22, 0x5D], "1:11: invalid UTF-8"), // slow path
        // Columns count scalars, not bytes: "ô" is 2 bytes, 👍🏽 is 8 bytes and 2 scalars.
        Case("{\"Côte\": 1, \"x\": y}", "1:18: unexpected character 'y'"),
        Case("[\"👍🏽\", z]", "1:8: unexpected character 'z'"),
        // Lines: \n and \r\n are one break each; a lone \r is whitespace.
        Case("{\n  \"a\": [1,\n    2 3]\n}", "3:7: expected ',' or ']' after array element"),
        Case("{\r\n  \"a\": x\r\n}", "2:8: unexpected character 'x'"),
        Case("[1,\r2,\rx]", "1:8: unexpected character 'x'"),
        Case("[1,\r\n\r\n  \"é\",\r\n  01]", "4:3: invalid number '01'"),
        // A BOM is skipped and not counted as a column.
        Case(bytes: [0xEF, 0xBB, 0xBF] + Array("[1,]".utf8), "1:3: trailing comma in array"),
        Case(bytes: [0xEF, 0xBB, 0xBF] + Array("\n [x]".utf8), "2:3: unexpected character 'x'"),
    ]

    @Test("each error kind reports its exact position", arguments: cases)
    func errorPosition(_ c: Case) {
        #expect(JSONTestSupport.error(c.input)?.description == c.expected)
    }

    @Test func errorFieldsAndDescription() throws {
        let error = try #require(JSONTestSupport.error("[\n  1,\n  @]"))
        #expect(error.position == JSONPosition(line: 3, column: 3))
        #expect(error.message == "unexpected character '@'")
        #expect(error.description == "3:3: unexpected character '@'")
    }

    @Test func stringEntryPointReportsTheSameErrors() {
        let text = "{\"é\": [1, 2,]}"
        var fromString: JSONParseError?
        do throws(JSONParseError) { _ = try JSONParser.parse(text) } catch { fromString = error }
        #expect(fromString != nil)
        #expect(fromString == JSONTestSupport.error(Array(text.utf8)))
        #expect(fromString?.description == "1:12: trailing comma in array")
    }

    @Test func nestingLimitIsExactly512() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        var node = try JSONParser.parse(ok)
        var depth = 1
        while let inner = node.array?.first {
            node = inner
            depth += 1
        }
        #expect(depth == 512)

        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(JSONTestSupport.error(tooDeep)?.description == "1:513: nesting deeper than 512 levels")
    }

    @Test func hugeNestingFailsFastWithoutOverflow() {
        let arrays = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        #expect(JSONTestSupport.error(arrays)?.description == "1:513: nesting deeper than 512 levels")

        let objects = Array(String(repeating: "{\"a\":", count: 100_000).utf8)
        #expect(JSONTestSupport.error(objects)?.description == "1:2561: nesting deeper than 512 levels")

        let mixed = Array(String(repeating: "[{\"k\":\n", count: 50_000).utf8)
        #expect(JSONTestSupport.error(mixed)?.description == "257:1: nesting deeper than 512 levels")
    }

    static let invalidNumbers: [(String, String)] = [
        ("01", "01"), ("00", "00"), ("-01", "-01"), ("+1", "+1"), (".5", ".5"), ("1.", "1."),
        ("1.e5", "1.e5"), ("1e", "1e"), ("1e+", "1e+"), ("1E-", "1E-"), ("-", "-"), ("--1", "--1"),
        ("1.5.3", "1.5.3"), ("0x10", "0x10"), ("1ee5", "1ee5"), ("-Infinity", "-Infinity"),
        ("1e5.5", "1e5.5"), ("- 1", "-"), ("2a", "2a"),
    ]

    @Test("invalid numbers", arguments: invalidNumbers)
    func invalidNumber(_ input: String, _ token: String) {
        #expect(JSONTestSupport.error(input)?.description == "1:1: invalid number '\(token)'")
        #expect(JSONTestSupport.error("[ \(input)]")?.description == "1:3: invalid number '\(token)'")
    }

    @Test func longBadNumberIsShortenedInTheMessage() throws {
        let error = try #require(JSONTestSupport.error("0" + String(repeating: "1", count: 100)))
        #expect(error.message == "invalid number '\("0" + String(repeating: "1", count: 39))…'")
    }
}
