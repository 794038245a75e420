/// Escaping for text placed in HTML, the one way every report writes user text into a page.
public enum HTMLText {
    /// `text` safe as element content and as a quoted attribute value: `& < > " '` become
    /// entities, so a note such as `<script>` or `" onload="` stays text. Control characters
    /// (which no stored text may hold) are shown as visible escapes, as in every other output.
    public static func escape(_ text: String) -> String {
        let visible = ControlText.visible(text)
        var out = ""
        out.reserveCapacity(visible.utf8.count)
        for character in visible {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
