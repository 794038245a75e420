import MigofWidgets

/// The conflicts banner: while a merge's conflicts remain in the store, every screen shows a
/// line under the title bar with their count and the key and command that list them, so a
/// store opened after `git merge` cannot be edited and saved as if it were clean.
extension App {
    /// The rows of a frame: the title bar, the banner (only while conflicts remain), the
    /// screen, and the status bar. The view and `contentArea` (keys, mouse) both use it.
    static func frameRows(_ area: Rect, banner: Bool) -> (title: Rect, banner: Rect?, content: Rect, status: Rect) {
        let rows = area.split(.vertical, [.fixed(1), .fixed(banner ? 1 : 0), .fill(1), .fixed(1)])
        return (rows[0], banner ? rows[1] : nil, rows[2], rows[3])
    }

    /// True while the store holds unresolved merge conflicts.
    var showsConflictBanner: Bool { !document.store.conflicts.isEmpty }

    /// The banner's text for a row `width` columns wide: the longest wording that fits.
    func conflictBannerText(width: Int) -> String {
        let count = document.store.conflicts.count
        let noun = "conflict" + (count == 1 ? "" : "s")
        let wordings: [String]
        if case .conflicts = screen {
            wordings = ["\(count) unresolved merge \(noun): take a side for each below, then save",
                        "\(count) merge \(noun) left", "\(count) \(noun)"]
        } else {
            // The key as the keymap has it, so a rebinding in the config file shows here too.
            let key = chrome.keymap.bindings.first { $0.context == .global && $0.action == .show(ConflictsModel.name) }?.keyLabel
            let press = key.map { "press \($0) to list and resolve them (or :conflicts)" } ?? "type :conflicts to list and resolve them"
            wordings = ["\(count) unresolved merge \(noun) in this store · \(press)",
                        "\(count) merge \(noun) · " + (key.map { "\($0) or :conflicts" } ?? ":conflicts"),
                        "\(count) \(noun) · " + (key ?? ":conflicts"), "\(count) \(noun)"]
        }
        return wordings.first { TextWidth.width(of: $0) + 2 <= width } ?? wordings[wordings.count - 1]
    }

    func drawConflictBanner(into buffer: inout Buffer, area: Rect) {
        let style = Style(.warning, bold: true, reverse: true)
        buffer.fill(area, with: style)
        let text = TextWidth.truncate(conflictBannerText(width: area.width), to: max(0, area.width - 2), ellipsis: chrome.glyphs.ellipsis)
        buffer.put(text, x: area.x + 1, y: area.y, style: style, maxWidth: max(0, area.width - 1))
    }
}
