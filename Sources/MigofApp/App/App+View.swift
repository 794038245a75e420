import MigofCore
import MigofWidgets

extension App {
    /// The smallest terminal the layout needs.
    public static let minimumSize = Size(width: 40, height: 10)

    /// Draws the whole frame for a terminal of `size`.
    public func view(size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            drawTooSmall(into: &buffer)
            return buffer
        }
        let rows = Self.frameRows(buffer.area, banner: showsConflictBanner)
        let context = ViewContext(document: document, glyphs: chrome.glyphs)
        drawTitleBar(into: &buffer, area: rows.title)
        if let banner = rows.banner { drawConflictBanner(into: &buffer, area: banner) }
        // The screen draws a copy clamped to this size, which may not be the last one seen.
        var top = screen
        top.reclamp(document, area: rows.content)
        top.view(into: &buffer, area: rows.content, context: context)
        drawStatusBar(into: &buffer, area: rows.status)
        for dialog in dialogs { dialog.view(into: &buffer, area: rows.content, keymap: chrome.keymap, context: context) }
        return buffer
    }

    func drawTooSmall(into buffer: inout Buffer) {
        let need = Self.minimumSize
        let lines = ["terminal too small:", "need \(need.width)x\(need.height), have \(buffer.size.width)x\(buffer.size.height)"]
        let text = lines.joined(separator: " ")
        if TextWidth.width(of: text) <= buffer.size.width || buffer.size.height < 2 {
            buffer.put(text, x: 0, y: buffer.size.height / 2, style: Style(.warning, bold: true), maxWidth: buffer.size.width)
        } else {
            for (i, line) in lines.enumerated() {
                buffer.put(line, x: 0, y: max(0, buffer.size.height / 2 - 1) + i, style: Style(.warning, bold: true),
                           maxWidth: buffer.size.width)
            }
        }
    }

    /// The breadcrumb of the screens on the stack.
    var breadcrumb: [String] { stack.map { $0.crumb(document) } }

    func drawTitleBar(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Style(.title))
        var x = area.x
        x += buffer.put(" migof ", x: x, y: area.y, style: Style(.accent, bold: true, reverse: true))
        let glyphs = chrome.glyphs
        let yearText = self.yearText
        let yearWidth = TextWidth.width(of: yearText)
        let crumbs = breadcrumb.joined(separator: " \(glyphs.isUnicode ? "›" : ">") ")
        let room = area.maxX - x - yearWidth - 3
        if room > 0 {
            buffer.put(" " + TextWidth.truncate(crumbs, to: room, ellipsis: glyphs.ellipsis), x: x, y: area.y,
                       style: Style(.title, bold: true), maxWidth: room + 1)
        }
        buffer.put(yearText, x: area.maxX - yearWidth - 1, y: area.y, style: Style(.accent, bold: true))
    }

    /// The year at the title bar's right end: `◀ 2021 ▶`, or the compare screen's two years.
    var yearText: String {
        if case .compare(let state) = screen { return "\(state.yearA) vs \(state.yearB)" }
        return "\(chrome.glyphs.arrowLeft) \(year) \(chrome.glyphs.arrowRight)"
    }

    /// -1 or 1 when column `x` of the title bar is the year's ◀ or ▶ (the digits count
    /// with their arrow, so a click needs no aim); nil elsewhere or on the compare screen.
    func yearArrowStep(atX x: Int) -> Int? {
        if case .compare = screen { return nil }
        let width = TextWidth.width(of: yearText), start = size.width - width - 1
        guard x >= start, x < start + width else { return nil }
        return x < start + width / 2 ? -1 : 1
    }

    func drawStatusBar(into buffer: inout Buffer, area: Rect) {
        var left: String
        if let message {
            left = message
        } else {
            left = "\(App.shortName(chrome.storePath, width: area.width)) · \(year)"
            if let holder = session?.lockHolder {
                left += " · read-only (PID \(holder))"
            } else if session?.isReadOnly == true {
                left += " · read-only"
            }
        }
        // Shown but not yet done: the edit's journal line waits for its fsync.
        if document.isJournalling { left += journallingMark }
        // The marker comes first so that it survives however narrow the bar gets.
        if isModified { left = "[+] " + left }
        // The picker keeps the screen's hints, as it always has; other dialogs close with Esc.
        let picker: Bool
        if case .picker? = dialogs.last { picker = true } else { picker = false }
        let hints = dialogs.isEmpty || picker ? screenHints : [(key: "Esc", label: "close")]
        StatusBar(left: left, right: "Press ? for help", hints: hints, glyphs: chrome.glyphs).render(into: &buffer, area: area)
    }

    /// The store as the footer names it: the `~`-abbreviated path when it takes at most a
    /// fifth of the width (16 columns at least), else the file name, so the hints keep the
    /// room. The full path is in help and `migof paths`.
    static func shortName(_ path: String, width: Int) -> String {
        let full = abbreviated(path)
        if TextWidth.width(of: full) <= max(16, width / 5) { return full }
        return path.split(separator: "/").last.map(String.init) ?? full
    }

    /// `~/…` for paths under the home folder, so the status bar keeps room for hints.
    static func abbreviated(_ path: String) -> String {
        if let home = ProcessEnvironment.home, !home.isEmpty, path.hasPrefix(home + "/") {
            return "~" + path.dropFirst(home.count)
        }
        return path
    }
}
