/// Markdown tables for briefing notes.
public enum Markdown {
    /// A table cell: `|` escaped, a line break as a space, other control characters as visible escapes.
    public static func escape(_ text: String) -> String {
        ControlText.visible(text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " "))
    }

    public static func table(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined())
        for row in rows { lines.append("| " + row.map(escape).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
