extension Buffer {
    /// One character per cell saying how it is styled, for golden tests that must catch a
    /// selection highlight that moved or a focus border that went missing. Roles: `.`
    /// background, `t` text, `m` muted, `a` accent, `b` border, `f` focus border, `h` title,
    /// `s` selection, `1`-`4` rating bands, `u` unscored, `p` positive, `n` negative,
    /// `w` warning, `e` error; a letter is upper-case when bold; `r` marks reverse and `_`
    /// underline. Continuation cells of wide characters are skipped, as in ``lines()``.
    public func styleLines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x: x, y: y].isContinuation {
                line.append(Self.letter(self[x: x, y: y].style))
            }
            return line
        }
    }

    private static func letter(_ style: Style) -> Character {
        if style.underline { return "_" }
        if style.reverse { return "r" }
        let letter: Character
        switch style.role {
        case .background: letter = "."
        case .text: letter = "t"
        case .muted: letter = "m"
        case .accent: letter = "a"
        case .border: letter = "b"
        case .focusBorder: letter = "f"
        case .title: letter = "h"
        case .selection: letter = "s"
        case .rating1: letter = "1"
        case .rating2: letter = "2"
        case .rating3: letter = "3"
        case .rating4: letter = "4"
        case .unscored: letter = "u"
        case .positive: letter = "p"
        case .negative: letter = "n"
        case .warning: letter = "w"
        case .error: letter = "e"
        }
        return style.bold && letter.isLetter ? Character(letter.uppercased()) : letter
    }

    /// Where this buffer's text differs from `expected` (one string per row, trailing spaces
    /// ignored), as a readable report; nil when they agree.
    public func mismatch(_ expected: [String]) -> String? {
        let actual = lines()
        let wanted = expected.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
        guard actual != wanted else { return nil }
        var report: [String] = []
        for row in 0..<max(actual.count, wanted.count) {
            let got = row < actual.count ? actual[row] : "<no row>"
            let want = row < wanted.count ? wanted[row] : "<no row>"
            if got != want { report.append("row \(row):\n  expected: \(want)\n  actual:   \(got)") }
        }
        return report.joined(separator: "\n")
    }
}
