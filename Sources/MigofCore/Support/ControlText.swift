/// The one rule for control characters in migof's text, shared by every reader and writer.
///
/// A control character is C0 (U+0000–U+001F, which includes tab and line breaks), DEL (U+007F)
/// or C1 (U+0080–U+009F). No text migof stores (names, notes, sources, audit fields) may hold
/// one: a note is a single line of printable text. Readers refuse them; writers that reach a
/// terminal (tables, CSV, Markdown, messages) show what slips through as a visible escape, so a
/// shared file cannot set the window title, clear the screen or fake a message.
public enum ControlText {
    /// True for C0, DEL and C1.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// The first control character in `text`, if any.
    public static func firstControl(in text: String) -> Unicode.Scalar? {
        guard mayHoldControl(text) else { return nil }
        return text.unicodeScalars.first(where: isControl)
    }

    /// A control character's name for messages: `U+001B`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every control character shown as a visible escape: `\x1b` for C0 and DEL,
    /// `\u0085` for C1. With `keepingLineBreaks`, `\n` is kept (for multi-line messages).
    /// Text without controls is returned unchanged (the common case costs one pass over the bytes).
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard mayHoldControl(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) || (keepingLineBreaks && scalar == "\n") {
                out.append(scalar)
            } else {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            }
        }
        return String(out)
    }

    /// The visible escape of one control character.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 2 - hex.count)) + hex
        return scalar.value < 0x80 ? "\\x" + padded : "\\u00" + padded
    }

    /// The message for a text field that holds a control character, or nil when it holds none.
    /// `what` names the field: "the note", "the source of CAN 2021".
    public static func problem(in text: String, what: String) -> String? {
        guard let scalar = firstControl(in: text) else { return nil }
        return "\(what) holds the control character \(name(scalar)) (\(escape(scalar))); "
            + "text may not hold control characters or line breaks"
    }

    /// A cheap byte test: false guarantees no control character. C0 and DEL are single bytes;
    /// every C1 character is encoded as 0xC2 followed by 0x80–0x9F.
    private static func mayHoldControl(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }
        }
    }
}
