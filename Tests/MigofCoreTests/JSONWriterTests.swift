import Testing
@testable import MigofCore

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func exactLayout() {
        let value = JSONValue.obj([
            "name": .string("Côte"),
            "tags": .arr([.string("a"), .arr([]), .obj([:])]),
            "nested": .obj(["n": .int(2), "x": .number("2.50"), "ok": .bool(true), "none": .null]),
            "empty": .arr([]),
        ])
        let expected = """
        {
          "name": "Côte",
          "tags": [
            "a",
            [],
            {}
          ],
          "nested": {
            "n": 2,
            "x": 2.50,
            "ok": true,
            "none": null
          },
          "empty": []
        }

        """
        #expect(JSONWriter.write(value) == expected)
        #expect(JSONWriter.bytes(value) == Array(expected.utf8))
    }

    @Test func scalarsAtTopLevel() {
        #expect(JSONWriter.write(.null) == "null\n")
        #expect(JSONWriter.write(.bool(false)) == "false\n")
        #expect(JSONWriter.write(.number("1e400")) == "1e400\n")
        #expect(JSONWriter.write(.string("")) == "\"\"\n")
        #expect(JSONWriter.write(.arr([])) == "[]\n")
        #expect(JSONWriter.write(.obj([:])) == "{}\n")
    }

    @Test func stringEscaping() {
        let s = "q\"b\\s/n\nt\tr\rb\u{8}f\u{C}z\u{0}o\u{1}u\u{1F}d\u{7F}é😀\u{2028}"
        // DEL (and C1) are escaped too: JSON allows them raw, but a terminal would obey them.
        let expected = #""q\"b\\s/n\nt\tr\rb\bf\fz\u0000o\u0001u\u001fd\u007f"# + "é😀\u{2028}\"\n"
        #expect(JSONWriter.write(.string(s)) == expected)
        #expect(JSONWriter.write(.obj(["k\"\n": .null])) == "{\n  \"k\\\"\\n\": null\n}\n")
    }

    @Test func dynamicBuilderKeepsOrderAndDuplicates() {
        let pairs: [(String, JSONValue)] = [("b", .int(1)), ("a", .int(2)), ("b", .int(3))]
        let value = JSONValue.obj(pairs)
        #expect(value.object?.map(\.key) == ["b", "a", "b"])
        #expect(value.object?.first?.keyPosition == JSONPosition(line: 0, column: 0))
        #expect(JSONWriter.write(value) == "{\n  \"b\": 1,\n  \"a\": 2,\n  \"b\": 3\n}\n")
    }

    static let documents = [
        #"{"a":[1,2,{"b":null,"c":[true,false]}],"d":"x\u00e9\ud83d\ude00\n\/","e":{},"f":[],"g":-0.0e-0}"#,
        "[\"\\u0000\\u001f\\u007f\", \"Côte d'Ivoire\", \"\\\"\\\\\", 1e400, 123456789012345678901234567890]",
        "\u{FEFF}\r\n  {\"dup\": 1, \"dup\": 2, \"\": \"\"}  \r\n",
        "\"top\"",
        "[[[[[]]]], {\"a\": {\"b\": {\"c\": {}}}}]",
    ]

    @Test("write(parse(x)) re-parses to the same value and is idempotent", arguments: documents)
    func roundTrip(_ text: String) throws {
        let original = try JSONParser.parse(text)
        let written = JSONWriter.write(original.value)
        #expect(written.hasSuffix("\n"))
        let reparsed = try JSONParser.parse(written)
        #expect(JSONTestSupport.stripped(reparsed.value) == JSONTestSupport.stripped(original.value))
        #expect(JSONWriter.write(reparsed.value) == written)
    }

    @Test func builtValuesAreIdempotent() throws {
        var rng = JSONTestSupport.LCG(state: 7)
        for _ in 0..<200 {
            let value = Self.randomValue(&rng, depth: 0)
            let written = JSONWriter.write(value)
            let reparsed = try JSONParser.parse(written)
            #expect(JSONTestSupport.stripped(reparsed.value) == value)
            #expect(JSONWriter.write(reparsed.value) == written)
        }
    }

    static func randomValue(_ rng: inout JSONTestSupport.LCG, depth: Int) -> JSONValue {
        let pieces = ["a", "é", "😀", "\"", "\\", "\n", "\u{1}", "/", " ", "中", "\u{7F}"]
        func randomString(_ rng: inout JSONTestSupport.LCG) -> String {
            (0..<rng.below(6)).map { _ in pieces[rng.below(pieces.count)] }.joined()
        }
        switch rng.below(depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(rng.below(2) == 0)
        case 2: return .int(rng.below(2_000_000) - 1_000_000)
        case 3: return .number(["0.5", "-1e-7", "1E+9", "0"][rng.below(4)])
        case 4: return .string(randomString(&rng))
        case 5: return .arr((0..<rng.below(4)).map { _ in randomValue(&rng, depth: depth + 1) })
        default:
            return .obj((0..<rng.below(4)).map { _ in (randomString(&rng), randomValue(&rng, depth: depth + 1)) })
        }
    }
}
