/// Reads the subset of TOML 1.0 that migof's config file needs.
///
/// Supported: `#` comments, `[table]` and `[dotted.table]` headers, bare, quoted and dotted keys,
/// basic (`"…"` with escapes) and literal (`'…'`) strings, integers, booleans, arrays (across
/// lines, with comments and a trailing comma) and inline tables. Anything else (floats, dates,
/// multi-line strings, arrays of tables) is refused with its `path:line:column`, rather than read
/// half-right. Written for this one file so migof needs no C++ TOML library.
public struct TOMLReader {
    var scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    let path: String

    /// Parses `text`; `path` only names the file in errors.
    public static func parse(_ text: String, path: String) throws(MigofError) -> TOMLTable {
        var reader = TOMLReader(scalars: Array(text.unicodeScalars), path: path)
        return try reader.document()
    }

    init(scalars: [Unicode.Scalar], path: String) {
        self.scalars = scalars
        self.path = path
        // A byte order mark from a Windows editor is not part of the text.
        if scalars.first == "\u{FEFF}" { index = 1 }
    }

    mutating func document() throws(MigofError) -> TOMLTable {
        var root = TOMLTable()
        var current: [String] = []
        var declared: Set<[String]> = []
        while true {
            skipBlankLinesAndComments()
            guard let next = peek else { return root }
            if next == "[" {
                let (startLine, startColumn) = (line, column)
                advance()
                if peek == "[" { throw error("arrays of tables ([[…]]) are not supported in the config file") }
                skipSpaces()
                let header = try dottedKey()
                skipSpaces()
                try expect("]")
                guard declared.insert(header).inserted else {
                    throw error("table [\(header.joined(separator: "."))] is declared twice", line: startLine, column: startColumn)
                }
                try TOMLTable.ensureTable(in: &root, path: header, reader: self, line: startLine, column: startColumn)
                current = header
            } else {
                let (keyLine, keyColumn) = (line, column)
                let key = try dottedKey()
                skipSpaces()
                try expect("=")
                skipSpaces()
                let node = try value()
                try TOMLTable.insert(node, at: current + key, into: &root, reader: self, line: keyLine, column: keyColumn)
            }
            try endOfLine()
        }
    }

    /// A key such as `theme`, `"quoted key"` or `keys.save`.
    mutating func dottedKey() throws(MigofError) -> [String] {
        var parts = [try simpleKey()]
        while true {
            skipSpaces()
            guard peek == "." else { return parts }
            advance()
            skipSpaces()
            parts.append(try simpleKey())
        }
    }

    mutating func simpleKey() throws(MigofError) -> String {
        switch peek {
        case "\"": return try basicString()
        case "'": return try literalString()
        default:
            var key = ""
            while let c = peek, Self.isBareKey(c) {
                key.unicodeScalars.append(c)
                advance()
            }
            guard !key.isEmpty else { throw error(peek.map { "expected a key, found \(Self.describe($0))" } ?? "expected a key") }
            return key
        }
    }

    static func isBareKey(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    /// After a value or header: spaces, an optional comment, then the end of the line.
    mutating func endOfLine() throws(MigofError) {
        skipSpaces()
        if peek == "#" { skipComment() }
        guard let next = peek else { return }
        if next == "\n" { advance(); return }
        if next == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { advance(); advance(); return }
        throw error("expected the end of the line, found \(Self.describe(next))")
    }

    // MARK: - Scanning

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    mutating func skipSpaces() {
        while peek == " " || peek == "\t" { advance() }
    }

    mutating func skipComment() {
        while let c = peek, c != "\n" { advance() }
    }

    mutating func skipBlankLinesAndComments() {
        while let c = peek {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                advance()
            } else if c == "#" {
                skipComment()
            } else {
                return
            }
        }
    }

    mutating func expect(_ wanted: Unicode.Scalar) throws(MigofError) {
        guard peek == wanted else {
            throw error("expected '\(Character(wanted))'" + (peek.map { ", found \(Self.describe($0))" } ?? " before the end of the file"))
        }
        advance()
    }

    /// What was found instead, for a message: a line break is named, since quoting it would
    /// split the message (and messages escape control characters anyway).
    static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar == "\n" || scalar == "\r" ? "the end of the line" : "'\(Character(scalar))'"
    }

    func error(_ message: String, line: Int? = nil, column: Int? = nil) -> MigofError {
        .invalid([Diagnostic(path: path, line: line ?? self.line, column: column ?? self.column, message: message)])
    }
}
