import Foundation
import Testing
import MigofWidgets

/// Switches to a UTF-8 locale so wcwidth knows non-ASCII widths; every test
/// that measures text calls this first.
func requireUTF8() {
    #expect(TextWidth.useUTF8Locale(), "no UTF-8 locale available")
}

/// Problems with a buffer's wide-character bookkeeping, empty when sound:
/// every wide cell has a continuation to its right and every continuation
/// has a wide cell to its left.
func wideCharacterViolations(in buffer: Buffer) -> [String] {
    var problems: [String] = []
    for y in 0..<buffer.size.height {
        for x in 0..<buffer.size.width {
            let cell = buffer[x: x, y: y]
            if cell.width == 2, x + 1 >= buffer.size.width || !buffer[x: x + 1, y: y].isContinuation {
                problems.append("wide cell without continuation at \(x),\(y)")
            }
            if cell.isContinuation, x == 0 || buffer[x: x - 1, y: y].width != 2 {
                problems.append("orphan continuation at \(x),\(y)")
            }
            if cell.width == 1, TextWidth.width(of: cell.grapheme) > 1 {
                problems.append("wide grapheme stored as narrow at \(x),\(y)")
            }
        }
    }
    return problems
}

/// A fresh, empty directory under the system temporary directory.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("migof-widgets-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
