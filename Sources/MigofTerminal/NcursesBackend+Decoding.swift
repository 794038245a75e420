import CNcurses
import Foundation
import MigofWidgets

extension NcursesBackend {
    /// The key for a character `wget_wch` returned with `OK`. Enter arrives
    /// as CR under `nonl()` but some terminals send LF; Backspace is DEL or
    /// BS depending on the terminal. Other control characters become
    /// `.ctrl` keys; NUL and the non-letter controls are dropped.
    static func key(forCharacter character: wint_t) -> Key? {
        switch character {
        case 9: .tab
        case 10, 13: .enter
        case 27: .escape
        case 8, 127: .backspace
        case 1...26: .ctrl(Character(Unicode.Scalar(UInt8(character) + 96)))
        case 0, 28...31: nil
        default: Unicode.Scalar(character).map { .char(Character($0)) }
        }
    }

    /// The key for a `KEY_*` code `wget_wch` returned with `KEY_CODE_YES`.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME, KEY_FIND, KEY_A1: .home
        case KEY_END, KEY_SELECT, KEY_C1: .end
        case KEY_PPAGE, KEY_A3: .pageUp
        case KEY_NPAGE, KEY_C3: .pageDown
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_IC: .insert
        case (KEY_F0 + 1)...(KEY_F0 + 63): .function(Int(code - KEY_F0))
        default: nil
        }
    }

    /// The event for a mouse report; motion and unrequested buttons give `nil`.
    static func mouseEvent(_ report: MEVENT) -> MouseEvent? {
        let x = Int(report.x)
        let y = Int(report.y)
        let scroll = migof_mouse_scroll(report.bstate)
        if scroll < 0 { return MouseEvent(x: x, y: y, kind: .scrollUp) }
        if scroll > 0 { return MouseEvent(x: x, y: y, kind: .scrollDown) }
        let button = migof_mouse_pressed_button(report.bstate)
        if button > 0 { return MouseEvent(x: x, y: y, kind: .press(Int(button))) }
        if migof_mouse_released(report.bstate) != 0 { return MouseEvent(x: x, y: y, kind: .release) }
        return nil
    }

    /// The scalars ncurses can store for a grapheme: its base character and
    /// up to four combining marks. Joiners, variation selectors and the rest
    /// of an emoji sequence would make `setcchar` fail, so they are dropped.
    static func storableScalars(_ grapheme: String) -> [wchar_t] {
        guard let base = grapheme.unicodeScalars.first else { return [wchar_t(32)] }
        let marks = grapheme.unicodeScalars.dropFirst().filter {
            [.nonspacingMark, .enclosingMark].contains($0.properties.generalCategory)
        }
        return ([base] + marks.prefix(4)).map { wchar_t(bitPattern: $0.value) }
    }

    /// A one-column ASCII stand-in for terminals whose locale is not UTF-8,
    /// where every non-ASCII grapheme measures one column: accents are
    /// stripped ("ô" becomes "o"), anything else becomes "?".
    static func asciiFallback(_ grapheme: String) -> [wchar_t] {
        if let scalar = grapheme.unicodeScalars.first, grapheme.unicodeScalars.count == 1, scalar.isASCII {
            return [wchar_t(bitPattern: scalar.value)]
        }
        if let scalar = grapheme.unicodeScalars.first, let stand = punctuation[scalar] {
            return [wchar_t(bitPattern: stand.value)]
        }
        let folded = grapheme.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if folded.unicodeScalars.count == 1, let scalar = folded.unicodeScalars.first, scalar.isASCII, scalar.value >= 32 {
            return [wchar_t(bitPattern: scalar.value)]
        }
        return [wchar_t(63)]
    }

    /// Typographic marks the interface and notes use, with the ASCII character that reads the same.
    private static let punctuation: [Unicode.Scalar: Unicode.Scalar] = [
        "·": ".", "•": "*", "–": "-", "—": "-", "‒": "-", "−": "-", "→": ">", "←": "<", "▲": "^", "▼": "v",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "«": "\"", "»": "\"", "…": ".", "›": ">", "‹": "<", "×": "x",
    ]
}
