import CWidth
import Foundation

/// Measures and shapes text in terminal columns, the unit the screen uses.
///
/// Widths come from the C library's `wcwidth` so they agree with what ncurses
/// and the terminal do; they therefore depend on the process's `LC_CTYPE`.
/// In the "C" locale every non-ASCII character measures 1.
public enum TextWidth {
    /// Switches `LC_CTYPE` to a UTF-8 locale (C.UTF-8, falling back to
    /// en_US.UTF-8) so widths of non-ASCII text are meaningful. Meant for tests
    /// and tools; the terminal backend sets the user's locale itself. Runs once
    /// per process; returns whether a UTF-8 locale is active.
    @discardableResult
    public static func useUTF8Locale() -> Bool {
        utf8LocaleInstalled
    }

    // A static let is initialised exactly once even when parallel tests race
    // here, which keeps setlocale from running concurrently with itself.
    private static let utf8LocaleInstalled: Bool = {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            return true
        }
        return false
    }()

    /// The columns `text` covers: the sum of its graphemes' widths.
    public static func width(of text: String) -> Int {
        // Most text on screen is printable ASCII, one cell per byte; skip grapheme breaking for it.
        if isPrintableASCII(text) { return text.utf8.count }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// True when every byte is a printable ASCII character (space to tilde).
    static func isPrintableASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    }

    /// The columns one grapheme covers, as a terminal that prints it scalar by scalar
    /// advances: the sum of `wcwidth` over its scalars, so a Devanagari vowel sign (`भा`)
    /// or conjunct (`क्ष`) counts each of its spacing letters. Emoji sequences (ZWJ
    /// families, skin tones, flags) are the exception: they count their first scalar only,
    /// because the terminal backend draws only that scalar of them (terminals disagree on how
    /// wide the whole sequence is). A control character (C0, DEL, C1) counts 1, because
    /// ``Buffer`` draws it as a space so words either side of a line break or tab stay apart.
    /// Where `wcwidth` has no answer (-1) for the first scalar, anything else counts 1 because
    /// terminals draw a replacement glyph.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let base = firstScalarWidth(first)
        var rest = scalars.dropFirst()
        guard !rest.isEmpty, !isEmojiSequence(startingWith: first) else { return base }
        var total = base
        while let scalar = rest.popFirst() { total += max(0, Int(wcwidth(wchar_t(bitPattern: scalar.value)))) }
        return total
    }

    /// One grapheme as the cells a terminal gives it: a new cell starts at every scalar that
    /// advances the cursor, and zero-width marks stay with the cell before them. Nearly
    /// every grapheme is one cell; `भा` is two (`भ`, `ा`), and emoji sequences are one (see
    /// ``width(of:)-(Character)``). The widths add up to ``width(of:)-(Character)``.
    public static func cells(of character: Character) -> [(text: String, width: Int)] {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return [] }
        let whole = [(text: String(character), width: width(of: character))]
        guard scalars.index(after: scalars.startIndex) != scalars.endIndex, !isEmojiSequence(startingWith: first) else {
            return whole
        }
        var cells: [(text: String, width: Int)] = []
        var text = String.UnicodeScalarView()
        var cellWidth = 0
        for (index, scalar) in scalars.enumerated() {
            let advance = index == 0 ? firstScalarWidth(scalar) : max(0, Int(wcwidth(wchar_t(bitPattern: scalar.value))))
            if advance > 0, cellWidth > 0 {
                cells.append((String(text), cellWidth))
                text = String.UnicodeScalarView()
                cellWidth = 0
            }
            text.append(scalar)
            cellWidth += advance
        }
        cells.append((String(text), cellWidth))
        return cells.count == 1 ? whole : cells
    }

    private static func firstScalarWidth(_ scalar: Unicode.Scalar) -> Int {
        if isControl(scalar) { return 1 }
        let measured = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
        return measured >= 0 ? measured : 1
    }

    /// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F): the characters a terminal obeys
    /// instead of drawing, and that ``Buffer`` therefore draws as a space.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// Emoji, flags (regional indicator pairs) and the sequences built on them. ASCII digits,
    /// `#` and `*` are emoji too (keycap bases), but as letters of text they are not.
    private static func isEmojiSequence(startingWith scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.isEmoji
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when
    /// anything was cut. A double-width character that does not fit whole is
    /// dropped, so the result may be one column narrower than `width`; no
    /// padding is added. When even the ellipsis is wider than `width`, the
    /// ellipsis itself is cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if self.width(of: text) <= width { return text }
        let ellipsisWidth = self.width(of: ellipsis)
        if ellipsisWidth > width { return prefix(ellipsis, fitting: width) }
        return prefix(text, fitting: width - ellipsisWidth) + ellipsis
    }

    /// `text` padded with spaces to `width` columns. Text that is already as
    /// wide or wider is returned unchanged; see ``fit(_:to:alignment:ellipsis:)``
    /// to cut and pad in one go.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let missing = width - self.width(of: text)
        guard missing > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + text
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: missing - left)
        }
    }

    /// `text` truncated and then padded so it covers exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        pad(truncate(text, to: width, ellipsis: ellipsis), to: width, alignment: alignment)
    }

    /// The longest leading run of whole graphemes that fits in `width` columns.
    private static func prefix(_ text: String, fitting width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = self.width(of: text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }
}
