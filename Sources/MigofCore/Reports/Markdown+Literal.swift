extension Markdown {
    /// Characters that start emphasis, code, links, HTML, strike-through or a table cell
    /// anywhere in a line.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    /// User text (a note, a name, a citation) made literal for Markdown: it reads the same once
    /// rendered, whatever it holds. Every character that could start markup is backslash-escaped,
    /// and with `lineStart` (text that may begin a line, or a list item's text) `#`, `-`, `+`,
    /// `=` and `1.` at its start too, which would make a heading or a list item there. A line
    /// break becomes a space (a note is one line) and any other control character a visible
    /// escape. Safe in table cells and in running text alike.
    public static func literal(_ text: String, lineStart: Bool = true) -> String {
        let flat = ControlText.visible(text.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "))
        var out = ""
        out.reserveCapacity(flat.count)
        for character in flat {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        guard lineStart else { return out }
        if let first = out.first, "#-+=".contains(first) { out.insert("\\", at: out.startIndex) }
        // "1. x" or "1) x" at the start would begin an ordered list.
        if let end = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), end != out.startIndex,
           out[end] == "." || out[end] == ")" {
            out.insert("\\", at: end)
        }
        return out
    }
}
