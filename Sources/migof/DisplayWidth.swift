import Foundation
import MigofWidgets
#if canImport(Glibc)
import Glibc
#endif

/// Terminal cell width, so command-line tables line up with accented and wide names.
let displayWidth: @Sendable (String) -> Int = { TextWidth.width(of: $0) }

/// The width of the terminal standard output is, asked of the terminal itself (never
/// `$COLUMNS`, which goes stale on a resize); nil when standard output is a pipe or a file,
/// which then gets every table at full width.
var terminalColumns: Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}
