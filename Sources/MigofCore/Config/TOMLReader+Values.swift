extension TOMLReader {
    /// A value after `=`, or inside an array or inline table.
    mutating func value() throws(MigofError) -> TOMLNode {
        let (startLine, startColumn) = (line, column)
        let parsed: TOMLValue
        switch peek {
        case "\"":
            if startsWith("\"\"\"") { throw error("multi-line strings are not supported in the config file") }
            parsed = .string(try basicString())
        case "'":
            if startsWith("'''") { throw error("multi-line strings are not supported in the config file") }
            parsed = .string(try literalString())
        case "[": parsed = .array(try array())
        case "{": parsed = .table(try inlineTable())
        case .some(let c) where ("a"..."z").contains(c): parsed = try keyword()
        case .some(let c) where ("0"..."9").contains(c) || c == "+" || c == "-": parsed = try integer()
        case .some(let c): throw error("expected a value, found \(Self.describe(c))")
        case nil: throw error("expected a value before the end of the file")
        }
        return TOMLNode(value: parsed, line: startLine, column: startColumn)
    }

    func startsWith(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return index + wanted.count <= scalars.count && Array(scalars[index..<index + wanted.count]) == wanted
    }

    mutating func keyword() throws(MigofError) -> TOMLValue {
        var word = ""
        let (startLine, startColumn) = (line, column)
        while let c = peek, TOMLReader.isBareKey(c) {
            word.unicodeScalars.append(c)
            advance()
        }
        switch word {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "inf", "nan": throw error("floating-point values are not supported in the config file", line: startLine, column: startColumn)
        default:
            throw error("expected a value, found '\(word)' (strings need quotes: \"\(word)\")", line: startLine, column: startColumn)
        }
    }

    mutating func integer() throws(MigofError) -> TOMLValue {
        let (startLine, startColumn) = (line, column)
        var text = ""
        while let c = peek, TOMLReader.isBareKey(c) || c == "+" || c == "." || c == ":" {
            text.unicodeScalars.append(c)
            advance()
        }
        let digits = text.replacingOccurrences(of: "_", with: "")
        guard let number = Int(digits) else {
            let kind = text.contains(".") || text.contains("e") ? "floating-point values" : text.contains("-") && text.count > 3 ? "dates" : "this number"
            throw error("\(kind) not supported in the config file ('\(text)')", line: startLine, column: startColumn)
        }
        return .integer(number)
    }

    mutating func basicString() throws(MigofError) -> String {
        try expect("\"")
        var text = ""
        while let c = peek {
            switch c {
            case "\"":
                advance()
                return text
            case "\n":
                throw error("a string must end on the line it starts (missing \")")
            case "\\":
                advance()
                text.unicodeScalars.append(try escape())
            default:
                text.unicodeScalars.append(c)
                advance()
            }
        }
        throw error("a string is not closed before the end of the file (missing \")")
    }

    mutating func escape() throws(MigofError) -> Unicode.Scalar {
        guard let c = peek else { throw error("a string is not closed before the end of the file") }
        let simple: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "b": "\u{08}", "f": "\u{0C}"]
        if let mapped = simple[c] {
            advance()
            return mapped
        }
        guard c == "u" || c == "U" else { throw error("unknown escape '\\\(Character(c))' in a string") }
        advance()
        var hex = ""
        for _ in 0..<(c == "u" ? 4 : 8) {
            guard let digit = peek, digit.properties.isASCIIHexDigit else { throw error("\\\(Character(c)) needs \(c == "u" ? 4 : 8) hex digits") }
            hex.unicodeScalars.append(digit)
            advance()
        }
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { throw error("\\\(Character(c))\(hex) is not a Unicode scalar") }
        return scalar
    }

    mutating func literalString() throws(MigofError) -> String {
        try expect("'")
        var text = ""
        while let c = peek {
            if c == "'" {
                advance()
                return text
            }
            if c == "\n" { throw error("a string must end on the line it starts (missing ')") }
            text.unicodeScalars.append(c)
            advance()
        }
        throw error("a string is not closed before the end of the file (missing ')")
    }

    mutating func array() throws(MigofError) -> [TOMLNode] {
        try expect("[")
        var items: [TOMLNode] = []
        while true {
            skipBlankLinesAndComments()
            if peek == "]" {
                advance()
                return items
            }
            items.append(try value())
            skipBlankLinesAndComments()
            if peek == "," {
                advance()
            } else if peek != "]" {
                throw error("expected ',' or ']' in an array" + (peek.map { ", found \(Self.describe($0))" } ?? " before the end of the file"))
            }
        }
    }

    mutating func inlineTable() throws(MigofError) -> TOMLTable {
        try expect("{")
        var table = TOMLTable()
        skipSpaces()
        if peek == "}" {
            advance()
            return table
        }
        while true {
            skipSpaces()
            let (keyLine, keyColumn) = (line, column)
            let key = try dottedKey()
            skipSpaces()
            try expect("=")
            skipSpaces()
            let node = try value()
            try TOMLTable.insert(node, at: key, into: &table, reader: self, line: keyLine, column: keyColumn)
            skipSpaces()
            if peek == "}" {
                advance()
                return table
            }
            guard peek == "," else {
                throw error("expected ',' or '}' in an inline table (it must fit on one line)" + (peek.map { $0 == "\n" ? "" : ", found \(Self.describe($0))" } ?? ""))
            }
            advance()
        }
    }
}
