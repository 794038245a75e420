/// Writes RFC 4180 CSV, quoting only the fields that need it. Control characters, line breaks
/// included, are written as visible escapes (`\x1b`), so every record is one line and a CSV
/// printed to a terminal cannot drive it.
public enum CSVWriter {
    public static func line(_ fields: [String]) -> String {
        fields.map { ControlText.visible($0) }.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
