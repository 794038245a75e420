/// Writes JSON in one fixed, deterministic layout so that files produced by the program diff
/// cleanly and writing the same value twice gives byte-identical output.
///
/// The layout: two-space indentation, one array element or object member per line, members in
/// the order given, `{}` and `[]` for empty containers, and a trailing newline. Strings escape
/// what JSON requires (`"`, `\`, and U+0000–U+001F) and also DEL and the C1 controls
/// (U+007F–U+009F), which JSON allows raw but a terminal would obey; everything else, including
/// `/` and non-ASCII text, is written as raw UTF-8. Numbers are written as their raw literal text.
public enum JSONWriter {
    /// Writes `value` in the deterministic pretty layout, ending with a newline.
    public static func write(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// Writes `value` as UTF-8 bytes, identical to ``write(_:)``.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        append(value, indent: 0, to: &out)
        out.append(0x0A)
        return out
    }

    /// The value on one line with no spaces or newline, for JSON Lines files (journal, log).
    public static func line(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        append(value, indent: nil, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // Recursion is bounded by the value's nesting, which for parsed input is at most
    // `JSONParser.maxDepth`.
    /// `indent` nil writes everything on one line.
    private static func append(_ value: JSONValue, indent: Int?, to out: inout [UInt8]) {
        switch value {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let b):
            out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let raw):
            out.append(contentsOf: raw.utf8)
        case .string(let s):
            appendString(s, to: &out)
        case .array(let elements):
            guard !elements.isEmpty else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            guard let indent else {
                out.append(UInt8(ascii: "["))
                for (n, element) in elements.enumerated() {
                    if n > 0 { out.append(UInt8(ascii: ",")) }
                    append(element.value, indent: nil, to: &out)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (n, element) in elements.enumerated() {
                if n > 0 { out.append(contentsOf: ",\n".utf8) }
                appendIndent(indent + 1, to: &out)
                append(element.value, indent: indent + 1, to: &out)
            }
            out.append(0x0A)
            appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            guard let indent else {
                out.append(UInt8(ascii: "{"))
                for (n, member) in members.enumerated() {
                    if n > 0 { out.append(UInt8(ascii: ",")) }
                    appendString(member.key, to: &out)
                    out.append(UInt8(ascii: ":"))
                    append(member.value.value, indent: nil, to: &out)
                }
                out.append(UInt8(ascii: "}"))
                return
            }
            out.append(contentsOf: "{\n".utf8)
            for (n, member) in members.enumerated() {
                if n > 0 { out.append(contentsOf: ",\n".utf8) }
                appendIndent(indent + 1, to: &out)
                appendString(member.key, to: &out)
                out.append(contentsOf: ": ".utf8)
                append(member.value.value, indent: indent + 1, to: &out)
            }
            out.append(0x0A)
            appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func appendIndent(_ level: Int, to out: inout [UInt8]) {
        for _ in 0..<(level * 2) { out.append(0x20) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `s` as a JSON string literal, escaping what JSON requires plus DEL and C1.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        // Most strings need no escape: copy them whole rather than byte by byte. 0xC2 leads
        // every C1 control (and a few harmless Latin-1 letters, which take the slow path).
        var text = s
        let plain = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F && $0 != 0xC2 }
        }
        if plain {
            text.withUTF8 { out.append(contentsOf: $0) }
            out.append(0x22)
            return
        }
        var c1Lead = false
        for b in text.utf8 {
            if c1Lead {
                c1Lead = false
                if b >= 0x80, b <= 0x9F {
                    appendUnicodeEscape(b, to: &out)
                    continue
                }
                out.append(0xC2)
            }
            let short: UInt8
            switch b {
            case 0x22: short = 0x22
            case 0x5C: short = 0x5C
            case 0x0A: short = UInt8(ascii: "n")
            case 0x09: short = UInt8(ascii: "t")
            case 0x0D: short = UInt8(ascii: "r")
            case 0x08: short = UInt8(ascii: "b")
            case 0x0C: short = UInt8(ascii: "f")
            case 0..<0x20, 0x7F:
                appendUnicodeEscape(b, to: &out)
                continue
            case 0xC2:
                c1Lead = true
                continue
            default:
                out.append(b)
                continue
            }
            out.append(0x5C)
            out.append(short)
        }
        out.append(0x22)
    }

    /// `\u00XX` for a code point below U+0100.
    private static func appendUnicodeEscape(_ value: UInt8, to out: inout [UInt8]) {
        out.append(contentsOf: "\\u00".utf8)
        out.append(hexDigits[Int(value >> 4)])
        out.append(hexDigits[Int(value & 0xF)])
    }
}
