/// The single-pass, non-recursive engine behind `JSONParser`.
///
/// Containers under construction live on an explicit stack instead of the call stack, so the
/// nesting limit is the only bound on depth and a pathological `[[[[…` fails fast. Positions
/// of values are computed incrementally (newlines can only occur in whitespace, because raw
/// control characters are rejected inside strings), which keeps the whole parse linear even
/// for a 20 MB document on one line. Error positions are recomputed from the start of the
/// input: that happens once per parse and keeps the fast path free of bookkeeping.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    private let maxDepth: Int
    private let bodyStart: Int
    var i: Int

    // `bytes`, `end`, `i`, `skipWhitespace`, `parseString` and `isNumberTokenByte` are internal
    // because `StoreFastDecoder` walks the same bytes with the same lexical rules.

    // Incremental position state for the current line.
    private var line = 1
    private var lineStart: Int
    private var cachedOffset: Int
    private var cachedColumn = 1

    /// Whether errors carry their line and column; see `failure(_:at:)`.
    var locatesErrors = true

    // Reused buffer for strings that contain escapes.
    private var scratch: [UInt8] = []

    /// An array or object whose closing bracket has not been seen yet.
    private struct Frame {
        var isObject: Bool
        var position: JSONPosition
        var elements: [JSONNode] = []
        var members: [JSONMember] = []
        var key = ""
        var keyPosition = JSONPosition.synthetic
    }

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.end = bytes.count
        self.maxDepth = maxDepth
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        self.bodyStart = start
        self.i = start
        self.lineStart = start
        self.cachedOffset = start
    }

    // MARK: - Document structure

    mutating func parseDocument() throws(JSONParseError) -> JSONNode {
        skipWhitespace()
        if i == end { throw JSONParseError(position: JSONPosition(line: 1, column: 1), message: "empty file") }
        var stack: [Frame] = []
        var node: JSONNode

        valueLoop: while true {
            guard i < end else { throw endOfFile() }
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < maxDepth else {
                    throw failure("nesting deeper than \(maxDepth) levels", at: i)
                }
                let isObject = b == UInt8(ascii: "{")
                let position = currentPosition(at: i)
                i += 1
                skipWhitespace()
                guard i < end else { throw endOfFile() }
                if bytes[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    i += 1
                    node = JSONNode(value: isObject ? .object([]) : .array([]), position: position)
                } else {
                    var frame = Frame(isObject: isObject, position: position)
                    if isObject { try parseKey(into: &frame) }
                    stack.append(frame)
                    continue valueLoop
                }
            case UInt8(ascii: "\""):
                let position = currentPosition(at: i)
                node = JSONNode(value: .string(try parseString()), position: position)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
                let position = currentPosition(at: i)
                node = JSONNode(value: .number(try parseNumber()), position: position)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                let position = currentPosition(at: i)
                node = JSONNode(value: try parseLiteral(), position: position)
            default:
                throw unexpectedCharacter(at: i)
            }

            // A value is complete: attach it to its parent, closing parents as their brackets appear.
            while true {
                guard !stack.isEmpty else {
                    skipWhitespace()
                    if i < end { throw failure("trailing characters after the top-level value", at: i) }
                    return node
                }
                let top = stack.count - 1
                let isObject = stack[top].isObject
                if isObject {
                    let member = JSONMember(key: stack[top].key, keyPosition: stack[top].keyPosition, value: node)
                    stack[top].members.append(member)
                } else {
                    stack[top].elements.append(node)
                }
                skipWhitespace()
                guard i < end else { throw endOfFile() }
                let c = bytes[i]
                if c == UInt8(ascii: ",") {
                    let comma = i
                    i += 1
                    skipWhitespace()
                    if i < end, bytes[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        throw failure(isObject ? "trailing comma in object" : "trailing comma in array", at: comma)
                    }
                    if isObject { try parseKey(into: &stack[top]) }
                    continue valueLoop
                }
                if c == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    i += 1
                    let frame = stack.removeLast()
                    node = JSONNode(value: isObject ? .object(frame.members) : .array(frame.elements),
                                    position: frame.position)
                    continue
                }
                throw failure(isObject ? "expected ',' or '}' after object member"
                                       : "expected ',' or ']' after array element", at: i)
            }
        }
    }

    /// Reads `"key" :` and leaves `i` at the start of the member's value.
    private mutating func parseKey(into frame: inout Frame) throws(JSONParseError) {
        guard i < end else { throw endOfFile() }
        guard bytes[i] == UInt8(ascii: "\"") else { throw failure("object key must be a string", at: i) }
        frame.keyPosition = currentPosition(at: i)
        frame.key = try parseString()
        skipWhitespace()
        guard i < end else { throw endOfFile() }
        guard bytes[i] == UInt8(ascii: ":") else { throw failure("expected ':' after key", at: i) }
        i += 1
        skipWhitespace()
    }

    /// `skipWhitespace` without counting lines, for the fast store decoder, which never
    /// reports a position (it hands any doubt to the checked decoder). The canonical layout
    /// indents every line by up to 14 spaces, so spaces are skipped eight at a time.
    @inline(__always)
    mutating func skipWhitespaceUncounted() {
        guard let base = bytes.baseAddress else { return }
        let spaces: UInt64 = 0x2020_2020_2020_2020
        while i < end {
            let b = base[i]
            if b == 0x20 {
                while i &+ 8 <= end, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == spaces { i &+= 8 }
                while i < end, base[i] == 0x20 { i &+= 1 }
            } else if b == 0x0A || b == 0x09 || b == 0x0D {
                i &+= 1
            } else {
                return
            }
        }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                i += 1
            } else if b == 0x0A {
                i += 1
                line += 1
                lineStart = i
                cachedOffset = i
                cachedColumn = 1
            } else {
                return
            }
        }
    }

    // MARK: - Strings

    /// Parses a string starting at the opening quote and leaves `i` after the closing quote.
    mutating func parseString() throws(JSONParseError) -> String {
        i += 1
        let contentStart = i
        while true {
            skipPlainASCII()
            guard i < end else { throw endOfFile() }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = makeString(contentStart..<i)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { return try parseEscapedString(from: contentStart) }
            if b < 0x20 { throw failure("control character in string", at: i) }
            if b < 0x80 {
                i += 1
            } else {
                try skipUTF8Sequence()
            }
        }
    }

    /// The slow path once a backslash is seen: decoded bytes are collected in `scratch`.
    private mutating func parseEscapedString(from contentStart: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = contentStart
        while true {
            skipPlainASCII()
            guard i < end else { throw endOfFile() }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                appendRun(runStart..<i)
                i += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") {
                appendRun(runStart..<i)
                try decodeEscape()
                runStart = i
            } else if b < 0x20 {
                throw failure("control character in string", at: i)
            } else if b < 0x80 {
                i += 1
            } else {
                try skipUTF8Sequence()
            }
        }
    }

    /// Decodes one escape at `i` (a backslash) into `scratch` and moves past it.
    private mutating func decodeEscape() throws(JSONParseError) {
        let backslash = i
        guard i + 1 < end else { throw endOfFile() }
        let c = bytes[i + 1]
        let simple: UInt8
        switch c {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"):
            let unit = try readHex4(backslash: backslash)
            i = backslash + 6
            var scalarValue = UInt32(unit)
            if unit >= 0xD800 && unit <= 0xDBFF {
                // A high surrogate is only meaningful with a `\uDC00`…`\uDFFF` right after it.
                guard i < end else { throw endOfFile() }
                guard bytes[i] == UInt8(ascii: "\\") else { throw failure("unpaired surrogate", at: backslash) }
                guard i + 1 < end else { throw endOfFile() }
                guard bytes[i + 1] == UInt8(ascii: "u") else { throw failure("unpaired surrogate", at: backslash) }
                let low = try readHex4(backslash: i)
                guard low >= 0xDC00 && low <= 0xDFFF else { throw failure("unpaired surrogate", at: backslash) }
                i += 6
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                throw failure("unpaired surrogate", at: backslash)
            }
            appendScalar(scalarValue)
            return
        default:
            if c >= 0x21 && c <= 0x7E {
                throw failure("invalid escape '\\\(Character(Unicode.Scalar(c)))'", at: backslash)
            }
            throw failure("invalid escape '\\' followed by \(describeCharacter(at: i + 1))", at: backslash)
        }
        scratch.append(simple)
        i += 2
    }

    /// Reads the four hex digits of a `\u` escape whose backslash is at `backslash`.
    private func readHex4(backslash: Int) throws(JSONParseError) -> UInt16 {
        var value: UInt16 = 0
        for k in (backslash + 2)..<(backslash + 6) {
            guard k < end else { throw endOfFile() }
            let h = bytes[k]
            let digit: UInt8
            switch h {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = h - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = h - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = h - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape: expected 4 hex digits", at: backslash)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private mutating func appendScalar(_ v: UInt32) {
        switch v {
        case 0..<0x80:
            scratch.append(UInt8(v))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | (v >> 6)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | (v >> 12)))
            scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        default:
            scratch.append(UInt8(0xF0 | (v >> 18)))
            scratch.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    private mutating func appendRun(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    private func makeString(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Advances `i` over printable ASCII that needs no attention inside a string, eight bytes at
    /// a time where possible; this loop is where large strings spend nearly all their time.
    @inline(__always)
    private mutating func skipPlainASCII() {
        guard let base = bytes.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i &+ 8 <= end {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // Each term has a high bit set iff some byte is ≥ 0x80, < 0x20, '"' or '\'.
            let quote = w ^ (ones &* 0x22)
            let backslash = w ^ (ones &* 0x5C)
            let special = w
                | ((w &- ones &* 0x20) & ~w)
                | ((quote &- ones) & ~quote)
                | ((backslash &- ones) & ~backslash)
            if special & highs != 0 { break }
            i &+= 8
        }
        while i < end {
            let b = bytes[i]
            if b < 0x20 || b >= 0x80 || b == 0x22 || b == 0x5C { return }
            i &+= 1
        }
    }

    /// Validates one multi-byte UTF-8 sequence at `i` (Unicode Table 3-7: no overlongs, no
    /// encoded surrogates, nothing above U+10FFFF) and moves past it.
    private mutating func skipUTF8Sequence() throws(JSONParseError) {
        let length = try utf8SequenceLength(at: i)
        i += length
    }

    /// The length of the well-formed multi-byte sequence at `k`, or an error at `k`.
    private func utf8SequenceLength(at k: Int) throws(JSONParseError) -> Int {
        let lead = bytes[k]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw failure("invalid UTF-8", at: k)
        }
        for n in 1..<length {
            guard k + n < end else {
                throw endOfFile()
            }
            let c = bytes[k + n]
            if n == 1 {
                guard c >= low && c <= high else { throw failure("invalid UTF-8", at: k) }
            } else {
                guard c & 0xC0 == 0x80 else { throw failure("invalid UTF-8", at: k) }
            }
        }
        return length
    }

    // MARK: - Numbers and literals

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Bytes that would continue a number-like token, so `01`, `1.2.3` or `-Infinity` are
    /// reported as one bad number rather than as a number followed by junk.
    static func isNumberTokenByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2B || b == 0x2D || b == 0x2E
    }

    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = i
        var k = i
        var valid = true
        if bytes[k] == UInt8(ascii: "-") { k += 1 }
        if k < end && bytes[k] == UInt8(ascii: "0") {
            k += 1
        } else if k < end && Self.isDigit(bytes[k]) {
            while k < end && Self.isDigit(bytes[k]) { k += 1 }
        } else {
            valid = false
        }
        if valid && k < end && bytes[k] == UInt8(ascii: ".") {
            k += 1
            if k < end && Self.isDigit(bytes[k]) {
                while k < end && Self.isDigit(bytes[k]) { k += 1 }
            } else {
                valid = false
            }
        }
        if valid && k < end && (bytes[k] | 0x20) == UInt8(ascii: "e") {
            k += 1
            if k < end && (bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-")) { k += 1 }
            if k < end && Self.isDigit(bytes[k]) {
                while k < end && Self.isDigit(bytes[k]) { k += 1 }
            } else {
                valid = false
            }
        }
        if valid && k < end && Self.isNumberTokenByte(bytes[k]) { valid = false }
        guard valid else {
            var tokenEnd = start + 1
            while tokenEnd < end && Self.isNumberTokenByte(bytes[tokenEnd]) { tokenEnd += 1 }
            let limit = 40
            var token = makeString(start..<min(tokenEnd, start + limit))
            if tokenEnd - start > limit { token += "…" }
            throw failure("invalid number '\(token)'", at: start)
        }
        i = k
        return makeString(start..<k)
    }

    private mutating func parseLiteral() throws(JSONParseError) -> JSONValue {
        let start = i
        var k = i
        while k < end && Self.isNumberTokenByte(bytes[k]) && bytes[k] != 0x2B && bytes[k] != 0x2D && bytes[k] != 0x2E {
            k += 1
        }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<k])
        if word.elementsEqual("true".utf8) { i = k; return .bool(true) }
        if word.elementsEqual("false".utf8) { i = k; return .bool(false) }
        if word.elementsEqual("null".utf8) { i = k; return .null }
        if k == end, ["true", "false", "null"].contains(where: { $0.utf8.starts(with: word) }) {
            throw endOfFile()
        }
        var shown = makeString(start..<min(k, start + 40))
        if k - start > 40 { shown += "…" }
        throw failure("invalid literal '\(shown)'", at: start)
    }

    // MARK: - Positions and errors

    /// Position of `offset` on the current line, continuing the count from the last request.
    private mutating func currentPosition(at offset: Int) -> JSONPosition {
        if offset < cachedOffset {
            cachedOffset = lineStart
            cachedColumn = 1
        }
        var column = cachedColumn
        var k = cachedOffset
        while k < offset {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        cachedOffset = offset
        cachedColumn = column
        return JSONPosition(line: line, column: column)
    }

    /// Position of any offset, counted from the start; used only when building an error.
    private func position(of offset: Int) -> JSONPosition {
        var line = 1
        var column = 1
        var k = bodyStart
        while k < offset {
            let b = bytes[k]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return JSONPosition(line: line, column: column)
    }

    private func failure(_ message: String, at offset: Int) -> JSONParseError {
        // Counting lines from the start costs a pass over the input; a caller that only needs
        // to know that something failed (the store's fast decoder) is spared it.
        guard locatesErrors else { return JSONParseError(position: .synthetic, message: message) }
        return JSONParseError(position: position(of: offset), message: message)
    }

    private func endOfFile() -> JSONParseError {
        failure("unexpected end of file", at: end)
    }

    private func unexpectedCharacter(at offset: Int) -> JSONParseError {
        if bytes[offset] >= 0x80, (try? utf8SequenceLength(at: offset)) == nil {
            return failure("invalid UTF-8", at: offset)
        }
        return failure("unexpected character \(describeCharacter(at: offset))", at: offset)
    }

    /// The character at `offset` as `'x'` when printable, otherwise as `U+XXXX` so that
    /// invisible characters (BOMs, NULs, odd spaces) are identifiable in the message.
    private func describeCharacter(at offset: Int) -> String {
        let lead = bytes[offset]
        var scalar: Unicode.Scalar?
        if lead < 0x80 {
            scalar = Unicode.Scalar(lead)
        } else if let length = try? utf8SequenceLength(at: offset) {
            var decoder = UTF8()
            var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]).makeIterator()
            if case .scalarValue(let s) = decoder.decode(&iterator) { scalar = s }
        }
        guard let scalar else { return "byte 0x" + hex(UInt32(lead), width: 2) }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return "U+" + hex(scalar.value, width: 4)
        default:
            return "'\(Character(scalar))'"
        }
    }

    private func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
