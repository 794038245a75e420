import CNcurses

extension NcursesBackend {
    /// What the crash handler writes to put the terminal back: attributes
    /// off, cursor visible, main screen back, bracketed paste and mouse reporting off.
    static func resetSequence(mouse: Bool) -> String {
        var sequence = ["sgr0", "cnorm", "rmcup"].compactMap(capability).joined() + "\u{1b}[?2004l"
        if mouse { sequence += "\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1006l" }
        return sequence + "\r\n"
    }

    static func capability(_ name: String) -> String? {
        var name = Array(name.utf8CString)
        guard let value = tigetstr(&name), Int(bitPattern: value) != -1 else { return nil }
        return String(cString: value)
    }
}
