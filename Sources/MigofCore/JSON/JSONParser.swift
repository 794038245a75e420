/// A strict RFC 8259 JSON parser that records the position of every value and key.
///
/// It guards a data store, so it accepts nothing beyond the standard (no comments, trailing
/// commas, `NaN`, single quotes) and reports the first problem with its exact line and column.
/// It runs in a single pass without recursion, so hostile input can neither overflow the stack
/// nor make it hang: nesting is limited to 512 levels. A leading UTF-8 byte order mark is
/// skipped.
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted; deeper input is an error.
    public static let maxDepth = 512

    /// Parses a complete JSON document from UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONNode {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try parse(buffer: buffer) }
        }
        return try result.get()
    }

    /// Parses a complete JSON document from a string.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONNode {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) in try parse(buffer: buffer) }
        }
        return try result.get()
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONNode {
        var scanner = JSONScanner(bytes: buffer, maxDepth: maxDepth)
        return try scanner.parseDocument()
    }
}
