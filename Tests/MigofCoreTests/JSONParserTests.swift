import Testing
@testable import MigofCore

@Suite("JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

    @Test func scalarsAndContainers() throws {
        let node = try parse(#"{"n": null, "t": true, "f": false, "num": -2.5e3, "s": "hi", "a": [1, []], "o": {}}"#)
        let object = try #require(node.object)
        #expect(object.map(\.key) == ["n", "t", "f", "num", "s", "a", "o"])
        #expect(node.member("n")?.value.isNull == true)
        #expect(node.member("t")?.value.bool == true)
        #expect(node.member("f")?.value.bool == false)
        #expect(node.member("num")?.value.number == "-2.5e3")
        #expect(node.member("s")?.value.string == "hi")
        #expect(node.member("a")?.value.array?.count == 2)
        #expect(node.member("a")?.value.array?.last?.array?.isEmpty == true)
        #expect(node.member("o")?.value.object?.isEmpty == true)
        #expect(node.member("missing") == nil)
        #expect(node.string == nil && node.array == nil && node.integer == nil)
    }

    @Test func topLevelScalars() throws {
        #expect(try parse("  42 ").value == .number("42"))
        #expect(try parse("\"x\"").value == .string("x"))
        #expect(try parse("null").value == .null)
        #expect(try parse("\n\ntrue\n").position == JSONPosition(line: 3, column: 1))
    }

    @Test func duplicateKeysAreKeptInOrder() throws {
        let node = try parse(#"{"a": 1, "b": 2, "a": 3}"#)
        let members = try #require(node.object)
        #expect(members.map(\.key) == ["a", "b", "a"])
        #expect(members.map(\.value.value) == [.number("1"), .number("2"), .number("3")])
        #expect(node.member("a")?.value.integer == 1)
        #expect(members[2].keyPosition == JSONPosition(line: 1, column: 18))
    }

    static let positionDocument = "{\n  \"a\": [1, true],\n  \"b\": \"x\"\n}"

    private func checkPositions(_ node: JSONNode) throws {
        #expect(node.position == JSONPosition(line: 1, column: 1))
        let members = try #require(node.object)
        #expect(members[0].keyPosition == JSONPosition(line: 2, column: 3))
        #expect(members[0].value.position == JSONPosition(line: 2, column: 8))
        let elements = try #require(members[0].value.array)
        #expect(elements[0].position == JSONPosition(line: 2, column: 9))
        #expect(elements[1].position == JSONPosition(line: 2, column: 12))
        #expect(members[1].keyPosition == JSONPosition(line: 3, column: 3))
        #expect(members[1].value.position == JSONPosition(line: 3, column: 8))
    }

    @Test func valueAndKeyPositions() throws {
        try checkPositions(try parse(Self.positionDocument))
    }

    @Test func crlfPositionsMatchLF() throws {
        let crlf = Self.positionDocument.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        #expect(crlf.utf8.count > Self.positionDocument.utf8.count)
        try checkPositions(try parse(crlf))
    }

    @Test func loneCarriageReturnIsNotALineBreak() throws {
        let node = try parse("[1,\r2]")
        #expect(node.array?[1].position == JSONPosition(line: 1, column: 5))
    }

    @Test func bomIsSkippedAndNotCounted() throws {
        let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[\"a\", 1]".utf8))
        #expect(JSONTestSupport.stripped(node.value) == .arr([.string("a"), .number("1")]))
        #expect(node.position == JSONPosition(line: 1, column: 1))
        #expect(node.array?[1].position == JSONPosition(line: 1, column: 7))
    }

    @Test func columnsCountUnicodeScalars() throws {
        let node = try parse("{\"Côte\": \"é\", \"中文\": [\"👍🏽\", 7]}")
        let members = try #require(node.object)
        #expect(members[0].key == "Côte")
        #expect(members[0].value.position == JSONPosition(line: 1, column: 10))
        #expect(members[1].keyPosition == JSONPosition(line: 1, column: 15))
        let elements = try #require(members[1].value.array)
        #expect(members[1].value.position == JSONPosition(line: 1, column: 21))
        #expect(elements[0].string == "👍🏽")
        #expect(elements[1].position == JSONPosition(line: 1, column: 28))
    }

    @Test func stringAndByteEntryPointsAgree() throws {
        let text = "{\"Côte\": [1, \"\\u00e9\"]}"
        #expect(try JSONParser.parse(text) == JSONParser.parse(Array(text.utf8)))
    }

    @Test func escapesAndUnicode() throws {
        let node = try parse(#""\"\\\/\b\f\n\r\t\u0041\u00e9\u00C9\u4e2d\ud83d\ude00\u0000/""#)
        #expect(node.string == "\"\\/\u{8}\u{C}\n\r\tAéÉ中😀\u{0}/")
        #expect(try parse(#""\uD834\uDD1E""#).string == "𝄞")
        #expect(try parse(#""a\u0020b""#).string == "a b")
    }

    @Test func rawNonASCIIIsKept() throws {
        let text = "[\"Côte d'Ivoire\", \"日本語\", \"🇫🇷\", \"\u{10FFFF}\", \"\u{7F}\"]"
        let node = try parse(text)
        #expect(node.array?.compactMap(\.string) == ["Côte d'Ivoire", "日本語", "🇫🇷", "\u{10FFFF}", "\u{7F}"])
    }

    @Test func longStringsCrossingTheWordBoundary() throws {
        // The 8-byte fast scan must stop at a special byte at any alignment.
        for length in 0..<20 {
            let prefix = String(repeating: "a", count: length)
            #expect(try parse("\"\(prefix)\"").string == prefix)
            #expect(try parse("\"\(prefix)\\n\(prefix)é\"").string == prefix + "\n" + prefix + "é")
            #expect(JSONTestSupport.error("\"\(prefix)\u{1}\"")?.description == "1:\(length + 2): control character in string")
        }
    }

    static let validNumbers = [
        "0", "-0", "1", "-1", "10", "1.5", "-0.5", "0.0", "1e5", "1E5", "1e+5", "1e-5", "1.5e10",
        "0e0", "-0E-0", "1e400", "123456789012345678901234567890", "2.50",
    ]

    @Test("valid numbers keep their raw text", arguments: validNumbers)
    func validNumber(_ raw: String) throws {
        #expect(try parse(raw).value == .number(raw))
        #expect(try parse("[\(raw),\(raw)]").array?.map(\.value) == [.number(raw), .number(raw)])
        #expect(try parse("{\"k\":\(raw)}").member("k")?.value.number == raw)
    }

    @Test func integerAccessor() throws {
        #expect(try parse("42").integer == 42)
        #expect(try parse("-7").integer == -7)
        #expect(try parse("-0").integer == 0)
        #expect(try parse("9223372036854775807").integer == Int.max)
        #expect(try parse("-9223372036854775808").integer == Int.min)
        #expect(try parse("9223372036854775808").integer == nil)
        #expect(try parse("2.0").integer == nil)
        #expect(try parse("2e0").integer == nil)
        #expect(try parse("\"2\"").integer == nil)
        #expect(JSONValue.number("+2").integer == nil)
        #expect(JSONValue.number("-").integer == nil)
        #expect(JSONValue.int(-12).integer == -12)
    }

    @Test func truncationNeverCrashesAndOnlyTheWholeDocumentParses() throws {
        let text = "\u{FEFF}{\"Côte\": [1, -2.5e-3, true, false, null, \"\\u00e9\\ud83d\\ude00\\n\"],\r\n"
            + " \"日本\": {\"x\": \"👍🏽 ok\", \"y\": []}, \"z\": 1234567}"
        let bytes = Array(text.utf8)
        let full = try JSONParser.parse(bytes)
        #expect(full.member("z")?.value.integer == 1234567)
        for length in 0..<bytes.count {
            let prefix = Array(bytes[0..<length])
            let error = try #require(JSONTestSupport.error(prefix), "prefix of \(length) bytes parsed")
            // The error never points past the end of the input.
            let last = Self.endPosition(of: prefix)
            #expect(error.position.line < last.line
                    || (error.position.line == last.line && error.position.column <= last.column))
        }
    }

    @Test func truncatedScalarDocumentsNeverEqualTheOriginal() throws {
        for text in ["12345", "-1.25e+10", "\"abc\"", "true"] {
            let bytes = Array(text.utf8)
            let original = try JSONParser.parse(bytes)
            for length in 0..<bytes.count {
                if let node = try? JSONParser.parse(Array(bytes[0..<length])) {
                    #expect(node != original)
                }
            }
        }
    }

    @Test func randomMutationsNeverCrash() throws {
        let seed = Array("{\"a\": [1, 2.5, \"x\\u00e9y\", {\"b\": null}], \"Côte\": true}".utf8)
        let interesting: [UInt8] = [0x22, 0x5C, 0x5B, 0x5D, 0x7B, 0x7D, 0x2C, 0x3A, 0x00, 0x0A, 0x0D,
                                    0x80, 0xC3, 0xED, 0xF4, 0xFF, 0x75, 0x30, 0x2D, 0x65]
        var rng = JSONTestSupport.LCG(state: 42)
        var parsed = 0
        for _ in 0..<3000 {
            var bytes = seed
            for _ in 0..<(1 + rng.below(3)) {
                switch rng.below(3) {
                case 0: bytes[rng.below(bytes.count)] = interesting[rng.below(interesting.count)]
                case 1: bytes.remove(at: rng.below(bytes.count))
                default: bytes.insert(interesting[rng.below(interesting.count)], at: rng.below(bytes.count))
                }
            }
            do throws(JSONParseError) {
                let node = try JSONParser.parse(bytes)
                parsed += 1
                // Anything accepted must survive a write/parse round trip.
                let again = try JSONParser.parse(JSONWriter.write(node.value))
                #expect(JSONTestSupport.stripped(again.value) == JSONTestSupport.stripped(node.value))
            } catch {
                #expect(error.position.line >= 1 && error.position.column >= 1)
                #expect(!error.message.isEmpty)
            }
        }
        #expect(parsed > 0)
    }

    @Test func tenMegabyteString() throws {
        // Built from a repeated buffer: element-wise appends are very slow in debug builds.
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 10_000_006)
        bytes[0] = 0x22
        bytes.replaceSubrange(10_000_001..<10_000_006, with: [0xC3, 0xA9, 0x5C, 0x6E, 0x22])
        let node = try JSONParser.parse(bytes)
        let s = try #require(node.string)
        #expect(s.utf8.count == 10_000_000 + 3)
        #expect(s.hasSuffix("aé\n"))
    }

    @Test func manyValuesOnOneLongLine() throws {
        let count = 100_000
        let text = "[" + (0..<count).map { "\"é\($0)\"" }.joined(separator: ",") + "]"
        let node = try parse(text)
        let elements = try #require(node.array)
        #expect(elements.count == count)
        // Element n starts after "[" and n copies of `"éN",`, all one line.
        let n = 54_321
        let before = (0..<n).reduce(1) { $0 + 4 + String($1).count }
        #expect(elements[n].position == JSONPosition(line: 1, column: before + 1))
        #expect(elements[n].string == "é\(n)")
    }

    /// The position just after the last byte of `bytes`, counted like the parser counts.
    static func endPosition(of bytes: [UInt8]) -> JSONPosition {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var line = 1, column = 1
        for b in body {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return JSONPosition(line: line, column: column)
    }
}
