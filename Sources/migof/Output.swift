import Foundation
import MigofCore

/// Every line migof writes to standard output goes through here: this module-level `print`
/// shadows `Swift.print` for the whole executable, so no command (present or future) can write
/// data raw. Control characters that reach it (a journal field, a name in a free-form line) are
/// shown as visible escapes (`\x1b`); line breaks separate lines and are kept. The reports
/// already escape their own cells (JSON as JSON does, tables and CSV visibly), so for them this
/// changes nothing.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { String(describing: $0) }.joined(separator: separator)
    Swift.print(ControlText.visible(text, keepingLineBreaks: true), terminator: terminator)
}
