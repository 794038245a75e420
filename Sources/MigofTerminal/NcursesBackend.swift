import CNcurses
import Foundation
import MigofWidgets

/// The ``Backend`` for a real terminal, on ncursesw.
///
/// Input runs in `raw()` mode: Ctrl-C and Ctrl-\ arrive as keys
/// (`.ctrl("c")` ...), so the app decides what they do and never loses
/// cleanup to a terminal-generated signal. Ctrl-Z is handled here: the
/// backend restores the terminal and stops (SIGTSTP, as vim and htop do);
/// after `fg` it repaints and reports a resize, so the app draws a whole
/// frame. SIGINT, SIGTERM and SIGHUP sent from outside still arrive, as
/// ``Event/signal(_:)``; so does a terminal that went away without a SIGHUP
/// reaching migof (end of input or POLLHUP), as `.signal(SIGHUP)`. Bracketed
/// paste is on: a paste arrives whole as ``Event/paste(_:)``, never as keys.
///
/// Signal handling, `endwin` and crash restoration keep their state in the
/// C shim's static variables, which exist once per Swift object file; that
/// is why everything touching them stays in this file.
public final class NcursesBackend: Backend {
    let window: UnsafeMutablePointer<WINDOW>
    private let colorCount: Int
    private let pairLimit: Int
    private let hasDefaultColors: Bool
    private let unicodeOutput: Bool
    /// The key codes ncurses reports for the paste brackets `ESC[200~` and `ESC[201~`.
    let pasteStart: Int32
    let pasteEnd: Int32
    private let mouse: Bool
    private var theme: Theme
    var previous: Buffer?
    private var looks: [Style: (attributes: attr_t, pair: Int16)] = [:]
    // Keyed by (foreground, background) with -1 for the terminal default.
    private var pairs: [SIMD2<Int16>: Int16] = [:]

    /// Takes over the terminal: installs the signal handlers (before ncurses,
    /// so ncurses does not install its own that `_exit` without cleanup),
    /// adopts the user's locale, enters curses mode and, when `mouse` is
    /// true, reports clicks and wheel turns. Exits the process with a message
    /// if `TERM` names an unknown terminal, as `initscr` does: callers check
    /// ``terminalProblem(term:)`` first.
    public init(mouse: Bool = false, theme: Theme = .builtinDark) {
        migof_install_signal_handlers()
        setlocale(LC_ALL, "")
        migof_save_termios()
        // The size comes from the terminal, never from exported LINES/COLUMNS: ncurses
        // prefers them to the terminal's own size, at start and at every resize.
        // (use_tioctl(true) covers the start only; use_env(false) ignores the terminal too.)
        unsetenv("LINES")
        unsetenv("COLUMNS")
        window = initscr()
        migof_mark_curses_active()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        pasteStart = Self.defineKey("\u{1b}[200~", from: KEY_MAX + 1)
        pasteEnd = Self.defineKey("\u{1b}[201~", from: pasteStart + 1)
        wrefresh(window)
        migof_enable_bracketed_paste()

        var colors = 0
        var defaults = false
        if has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            colors = Int(migof_colors())
        }
        colorCount = colors
        hasDefaultColors = defaults
        pairLimit = min(Int(migof_color_pairs()), Int(Int16.max))

        if mouse {
            mousemask(migof_mouse_mask(), nil)
            // Click detection would hold every press back by the interval.
            mouseinterval(0)
        }
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        unicodeOutput = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        self.theme = theme
        self.mouse = mouse
        migof_install_crash_restore(Self.resetSequence(mouse: mouse))
    }

    deinit {
        shutdown()
    }

    /// The terminal's current size.
    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Leaves curses mode and restores the terminal. Safe to call more than
    /// once; it also runs at process exit if the app never calls it.
    public func shutdown() {
        migof_end_curses()
    }

    /// Runs `body`; if it throws, restores the terminal before the error
    /// propagates so the message is printed on a sane screen.
    public func restoreOnFatal<T>(_ body: () throws -> T) rethrows -> T {
        do {
            return try body()
        } catch {
            shutdown()
            throw error
        }
    }

    /// Shows `buffer`, handing ncurses only the cells that changed since the
    /// last frame (all of them after a resize or theme change).
    public func draw(_ buffer: Buffer) {
        guard migof_curses_is_active() != 0 else { return }
        let screen = size
        let changes: [(x: Int, y: Int, cell: Cell)]
        if let previous, previous.size == buffer.size {
            changes = buffer.diff(from: previous)
        } else {
            werase(window)
            changes = buffer.diff(from: Buffer(size: .zero))
        }
        for change in changes where !change.cell.isContinuation && change.x < screen.width && change.y < screen.height {
            // A wide character cut by a screen narrower than the buffer is blanked.
            let cell = change.x + change.cell.width > screen.width ? Cell.blank(change.cell.style) : change.cell
            put(cell, x: change.x, y: change.y)
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    /// Waits up to `timeoutMs` (negative: forever) for a key, mouse action,
    /// resize or terminating signal.
    public func nextEvent(timeoutMs: Int) -> Event? {
        if let signal = takeSignal() { return .signal(signal) }
        wtimeout(window, Int32(clamping: max(timeoutMs, -1)))
        var input: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        switch wget_wch(window, &input) {
        case OK:
            if input == 27 { return escapeOrIgnoredSequence() }
            if input == 26 { return suspend() }
            return Self.key(forCharacter: input).map(Event.key)
        case KEY_CODE_YES:
            return event(forCode: Int32(bitPattern: input))
        default:
            // ERR: the timeout passed, a signal interrupted the wait, or the terminal is gone.
            if let signal = takeSignal() { return .signal(signal) }
            let early = timeoutMs < 0 || DispatchTime.now().uptimeNanoseconds - started < UInt64(timeoutMs) * 900_000
            return inputHungUp(returnedEarly: early) ? .signal(SIGHUP) : nil
        }
    }

    /// Switches colours; the next frame repaints every cell.
    public func setTheme(_ theme: Theme) {
        self.theme = theme
        looks.removeAll()
        pairs.removeAll()
        previous = nil
    }

    /// Ctrl-Z: gives the terminal back to the shell and stops; on `fg`, takes it over again
    /// and asks for a full frame, so the screen comes back exactly as it was (or at the new
    /// size, if the window changed meanwhile).
    private func suspend() -> Event {
        migof_suspend()
        // The first refresh after endwin re-enters curses mode with the saved program modes
        // (raw, noecho, keypad); clearok makes it repaint rather than trust the old screen.
        clearok(window, true)
        wrefresh(window)
        if mouse { mousemask(migof_mouse_mask(), nil) }
        previous = nil
        return .resize(size)
    }

    func takeSignal() -> Int32? {
        let signal = migof_take_signal()
        return signal == 0 ? nil : signal
    }

    func event(forCode code: Int32) -> Event? {
        switch code {
        case pasteStart:
            return readPaste()
        case KEY_RESIZE:
            previous = nil
            return .resize(size)
        case KEY_MOUSE:
            var report = MEVENT()
            guard getmouse(&report) == OK else { return nil }
            return Self.mouseEvent(report).map(Event.mouse)
        default:
            return Self.key(forCode: code).map(Event.key)
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let look = look(for: cell.style)
        var drawn = cchar_t()
        let scalars = cell.grapheme.unicodeScalars
        if unicodeOutput, let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            // Nearly every cell is one scalar: build the C string on the stack, not in an array.
            var text: (wchar_t, wchar_t) = (wchar_t(bitPattern: first.value), 0)
            withUnsafePointer(to: &text) { pointer in
                pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = setcchar(&drawn, $0, look.attributes, look.pair, nil) }
            }
        } else {
            var characters = unicodeOutput ? Self.storableScalars(cell.grapheme) : Self.asciiFallback(cell.grapheme)
            characters.append(0)
            setcchar(&drawn, characters, look.attributes, look.pair, nil)
        }
        // At the bottom-right corner ncurses reports ERR because the cursor
        // cannot advance, but the cell is drawn; nothing to handle.
        mvwadd_wch(window, Int32(y), Int32(x), &drawn)
    }

    private func look(for style: Style) -> (attributes: attr_t, pair: Int16) {
        if let cached = looks[style] { return cached }
        let resolved = theme.resolve(style)
        var attributes = migof_attr_normal()
        if resolved.bold { attributes |= migof_attr_bold() }
        if resolved.underline { attributes |= migof_attr_underline() }
        if resolved.dim { attributes |= migof_attr_dim() }
        // Without colours a coloured background (the selection) would vanish;
        // reverse video keeps it visible.
        let monochromeHighlight = colorCount == 0 && resolved.bg != .default
        if resolved.reverse != monochromeHighlight { attributes |= migof_attr_reverse() }
        let look = (attributes, pairNumber(
            foreground: ColorMapper.resolve(resolved.fg, colors: colorCount),
            background: ColorMapper.resolve(resolved.bg, colors: colorCount)))
        looks[style] = look
        return look
    }

    private func pairNumber(foreground: Int16?, background: Int16?) -> Int16 {
        guard foreground != nil || background != nil else { return 0 }
        // Terminals that refuse use_default_colors need concrete colours.
        let fg = foreground ?? (hasDefaultColors ? -1 : Int16(COLOR_WHITE))
        let bg = background ?? (hasDefaultColors ? -1 : Int16(COLOR_BLACK))
        let key = SIMD2(fg, bg)
        if let pair = pairs[key] { return pair }
        let pair = pairs.count + 1
        guard pair < pairLimit else { return 0 }
        init_pair(Int16(pair), fg, bg)
        pairs[key] = Int16(pair)
        return Int16(pair)
    }
}
