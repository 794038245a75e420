import Foundation
import MigofWidgets

extension NcursesBackend {
    /// Sends `text` to the terminal's clipboard as OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`),
    /// straight to the terminal between two frames. The sequence moves no cursor and paints
    /// nothing, so the screen ncurses knows stays exact; and the text itself travels only as
    /// base64, so nothing in it (a name, a note) can reach the terminal as a control sequence.
    public func copy(_ text: String) {
        let sequence = Array(Self.osc52(text).utf8)
        sequence.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 { offset += written } else if written < 0, errno == EINTR { continue } else { return }
            }
        }
    }

    /// The OSC 52 sequence that sets the clipboard (`c`) to `text`.
    public static func osc52(_ text: String) -> String {
        "\u{1b}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// Why the terminal `environment` describes is known to drop OSC 52 ("TERM=linux ignores
    /// it"), or nil when it may take it (most terminals do, and tmux with `set-clipboard on`).
    public static func clipboardProblem(environment: [String: String]) -> String? {
        let term = environment["TERM"] ?? ""
        if term == "linux" || term.hasPrefix("linux-") || term.hasPrefix("vt1") || term.hasPrefix("vt2") {
            return "TERM=\(term) ignores it"
        }
        if environment["TERM_PROGRAM"] == "Apple_Terminal" { return "macOS Terminal ignores it" }
        if environment["STY"] != nil, environment["TMUX"] == nil { return "GNU screen drops it" }
        return nil
    }
}
