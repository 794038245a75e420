extension CSVReader {
    /// The text of a CSV file (an import, the country catalogue), checked before any row is
    /// read: invalid UTF-8 and control characters other than line ends (CR, LF) are refused
    /// with their line, rather than stored as replacement characters or passed on to the
    /// terminal. A quoted field may not hold a line break either: no text in a store does.
    public static func checkedText(_ bytes: [UInt8], path: String) throws(MigofError) -> String {
        var line = 1
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if let message = problem(in: bytes[start..<end]) {
                throw .invalid([Diagnostic(path: path, line: line, column: 0, message: message)])
            }
            line += 1
            start = end + 1
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // An unterminated quote is left for the row parser to report.
        for record in (try? records(text)) ?? [] {
            for field in record.fields {
                if let message = ControlText.problem(in: field, what: "a quoted field") {
                    throw .invalid([Diagnostic(path: path, line: record.line, column: 0, message: message)])
                }
            }
        }
        return text
    }

    /// Every record of `text`, an unterminated quote reported with the file and line.
    public static func records(_ text: String, path: String) throws(MigofError) -> [Record] {
        do {
            return try records(text)
        } catch {
            guard case .unterminatedQuote(let line) = error else { throw .io(path: path, message: "unreadable") }
            throw .invalid([Diagnostic(path: path, line: line, column: 0, message: "unterminated quoted field")])
        }
    }

    /// The records of a data file migof ships or is given (a catalogue, `sources.csv`,
    /// `caveats.csv`): a regular file of limited size, its text checked as `checkedText` does.
    public static func checkedFile(_ path: String) throws(MigofError) -> [Record] {
        let bytes = try SideFile.read(path, limit: SideFile.maximumSideBytes)
        return try records(checkedText(bytes, path: path), path: path)
    }

    /// What is wrong with one line's bytes (without its LF), or nil.
    private static func problem(in line: ArraySlice<UInt8>) -> String? {
        // A CR is allowed only as the CR of a CRLF line end.
        let body = line.last == 0x0D ? line.dropLast() : line
        guard let text = String(validating: body, as: UTF8.self) else {
            return "the file is not valid UTF-8 (save it as UTF-8 text)"
        }
        return ControlText.problem(in: text, what: "the line")
    }
}
