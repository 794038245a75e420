/// Word wrapping in terminal columns, the unit ``TextWidth`` measures.
///
/// Lines break at spaces and tabs; a line break in the text starts a new line. A word wider
/// than the line is split between grapheme clusters, never inside one, so an accented letter,
/// a flag or a Devanagari conjunct stays whole; double-width characters count two columns.
public enum WordWrap {
    /// `text` as lines of at most `width` columns (a single grapheme wider than `width`, a
    /// double-width character at width 1, gets a line of its own). Runs of spaces collapse to
    /// one; an empty paragraph between two line breaks stays as an empty line.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split { $0 == " " || $0 == "\t" || $0 == "\r" }.map(String.init)
            var current = "", used = 0
            for word in words {
                let wordWidth = TextWidth.width(of: word)
                if !current.isEmpty, used + 1 + wordWidth <= width {
                    current += " " + word
                    used += 1 + wordWidth
                    continue
                }
                if !current.isEmpty { result.append(current) }
                if wordWidth <= width {
                    (current, used) = (word, wordWidth)
                } else {
                    var pieces = split(word, width: width)
                    let last = pieces.removeLast()
                    result += pieces
                    (current, used) = (last, TextWidth.width(of: last))
                }
            }
            result.append(current)
        }
        // A trailing line break adds nothing to show.
        while result.count > 1, result.last == "" { result.removeLast() }
        return result == [""] ? [] : result
    }

    /// At most `limit` lines of ``lines(_:width:)``; when the text needs more, the last line
    /// kept ends in `ellipsis` and `truncated` is true, so the caller can say how to read it all.
    public static func lines(_ text: String, width: Int, limit: Int, ellipsis: String) -> (lines: [String], truncated: Bool) {
        let all = lines(text, width: width)
        guard limit > 0 else { return ([], !all.isEmpty) }
        guard all.count > limit else { return (all, false) }
        var kept = Array(all.prefix(limit))
        kept[limit - 1] = ending(kept[limit - 1], width: width, ellipsis: ellipsis)
        return (kept, true)
    }

    /// `line` with `ellipsis` at its end, whole graphemes dropped until both fit in `width`:
    /// the last line kept of a text cut short.
    public static func ending(_ line: String, width: Int, ellipsis: String) -> String {
        let mark = TextWidth.width(of: ellipsis)
        guard mark <= width else { return TextWidth.truncate(ellipsis, to: width, ellipsis: "") }
        var line = line
        while !line.isEmpty, TextWidth.width(of: line) + mark > width { line.removeLast() }
        return line + ellipsis
    }

    /// A word wider than `width` in pieces of whole graphemes, each as wide as fits.
    private static func split(_ word: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = "", used = 0
        for character in word {
            let w = TextWidth.width(of: character)
            if used + w > width, !piece.isEmpty {
                pieces.append(piece)
                (piece, used) = ("", 0)
            }
            piece.append(character)
            used += w
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
