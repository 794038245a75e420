import CNcurses
import Foundation
import MigofWidgets

extension NcursesBackend {
    /// Binds `sequence` to the first free key code from `first` on, unless terminfo already
    /// names it, and returns the code ncurses will report for it. Codes above `KEY_MAX` are
    /// also where ncurses puts terminfo's extended keys (Ctrl-arrows...), hence the search.
    static func defineKey(_ sequence: String, from first: Int32) -> Int32 {
        let existing = key_defined(sequence)
        if existing > 0 { return existing }
        var code = first
        while code < first + 1000, let bound = keybound(code, 0) {
            free(bound)
            code += 1
        }
        define_key(sequence, code)
        return code
    }

    /// What an ESC byte began. With nothing right behind it, the Escape key. Another ESC, a
    /// decoded key or a character right behind it (key repeat, a script, Esc then `q` within
    /// the escape delay) means the Escape key too, and what follows is put back to be read
    /// next, so no press is lost; nothing is bound to Alt combinations. A CSI (`ESC [`) or
    /// SS3 (`ESC O`) sequence ncurses does not know is discarded whole, never typed as text.
    func escapeOrIgnoredSequence() -> Event? {
        wtimeout(window, 0)
        var next: wint_t = 0
        let status = wget_wch(window, &next)
        if status == ERR { return .key(.escape) }
        if status == KEY_CODE_YES {
            ungetch(Int32(bitPattern: next))
            return .key(.escape)
        }
        switch next {
        case 0x5B: // "[": parameters and intermediates (0x20-0x3F), then a final byte (0x40-0x7E).
            discardSequence { $0 >= 0x40 && $0 <= 0x7E }
            return nil
        case 0x4F: // "O": one more byte.
            discardSequence { _ in true }
            return nil
        default:
            unget_wch(wchar_t(bitPattern: next))
            return .key(.escape)
        }
    }

    /// Reads and drops characters already waiting until `isFinal` accepts one (at most 32).
    /// A decoded key or an ESC met on the way belongs to the next event and is put back.
    private func discardSequence(until isFinal: (UInt32) -> Bool) {
        var next: wint_t = 0
        for _ in 0..<32 {
            let status = wget_wch(window, &next)
            if status == ERR { return }
            if status == KEY_CODE_YES {
                ungetch(Int32(bitPattern: next))
                return
            }
            if next == 27 {
                unget_wch(wchar_t(27))
                return
            }
            if isFinal(next) { return }
        }
    }

    /// The text between the paste brackets, as one event. Keys ncurses decodes inside it (an
    /// escape sequence in the clipboard) are dropped; a resize met on the way is put back.
    /// The paste ends at the closing bracket, or after a second with no input (a terminal
    /// that lost the bracket), or when a signal arrives or the terminal goes away.
    func readPaste() -> Event {
        var text = String.UnicodeScalarView()
        var resized = false
        wtimeout(window, 1000)
        var next: wint_t = 0
        reading: while true {
            switch wget_wch(window, &next) {
            case OK:
                if let scalar = Unicode.Scalar(next) { text.append(scalar) }
            case KEY_CODE_YES:
                let code = Int32(bitPattern: next)
                if code == pasteEnd { break reading }
                if code == KEY_RESIZE { resized = true }
                if code == KEY_ENTER { text.append("\n") }
            default:
                break reading
            }
        }
        if resized { ungetch(KEY_RESIZE) }
        return .paste(String(text))
    }

    /// True when the terminal is gone although no SIGHUP arrived (a wrapper that traps or
    /// ignores it, a pty whose other side closed): `poll` reports a hangup or error on
    /// standard input, or, when the wait ended before its timeout, a read finds end of input.
    func inputHungUp(returnedEarly: Bool) -> Bool {
        var entry = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 0) == 1 else { return false }
        if entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        guard returnedEarly, entry.revents & Int16(POLLIN) != 0 else { return false }
        var byte: UInt8 = 0
        let got = read(STDIN_FILENO, &byte, 1)
        if got == 1 {
            // Input arrived just after the wait gave up: hand it back to ncurses.
            ungetch(Int32(byte))
            return false
        }
        return got == 0 || (errno != EINTR && errno != EAGAIN)
    }

    /// Why the dashboard cannot run on the terminal `term` names, or nil when it can:
    /// `TERM` unset or empty, unknown to terminfo, or naming a terminal that cannot move the
    /// cursor (`dumb`). Checked before ``init(mouse:theme:)``, whose `initscr` would exit
    /// with ncurses' own message instead.
    public static func terminalProblem(term: String?) -> String? {
        guard let term, !term.isEmpty else { return "TERM is not set, so the terminal type is unknown" }
        switch migof_check_terminal(term) {
        case 1: return nil
        case -1: return "TERM is '\(term)' but no terminfo database was found"
        case -2: return "TERM is '\(term)', a terminal that cannot move the cursor"
        default: return "TERM is '\(term)', a terminal type this system's terminfo does not know"
        }
    }
}
