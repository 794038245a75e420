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
        let rows = buffer.area.split(.vertical, [.fixed(1), .fill(1), .fixed(1)])
        drawTitleBar(into: &buffer, area: rows[0])
        switch screen {
        case .home: drawHome(into: &buffer, area: rows[1])
        case .area(let id): drawArea(id, into: &buffer, area: rows[1])
        case .browser: drawBrowser(into: &buffer, area: rows[1])
        case .profile(let code): drawProfile(code, into: &buffer, area: rows[1])
        case .compare(let state): drawCompare(state, into: &buffer, area: rows[1])
        }
        drawStatusBar(into: &buffer, area: rows[2])
        if helpVisible { drawHelp(into: &buffer, area: rows[1]) }
        if let picker { drawPicker(picker, into: &buffer, area: rows[1]) }
        if let prompt { drawPrompt(prompt, into: &buffer, area: rows[1]) }
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
    var breadcrumb: [String] {
        stack.map { screen in
            switch screen {
            case .home: return "Home"
            case .area(let id): return framework.area(id).map { "\($0.id) \($0.title)" } ?? id
            case .browser: return "Countries"
            case .profile(let code): return store.countries[code]?.name ?? code
            case .compare(let state): return compareCrumb(state)
            }
        }
    }

    func drawTitleBar(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Style(.title))
        var x = area.x
        x += buffer.put(" migof ", x: x, y: area.y, style: Style(.accent, bold: true, reverse: true))
        let yearText = comparisonState.map { "\($0.yearA) vs \($0.yearB)" } ?? "\(glyphs.arrowLeft) \(year) \(glyphs.arrowRight)"
        let yearWidth = TextWidth.width(of: yearText)
        let crumbs = breadcrumb.joined(separator: " \(glyphs.isUnicode ? "›" : ">") ")
        let room = area.maxX - x - yearWidth - 3
        if room > 0 {
            buffer.put(" " + TextWidth.truncate(crumbs, to: room, ellipsis: glyphs.ellipsis), x: x, y: area.y,
                       style: Style(.title, bold: true), maxWidth: room + 1)
        }
        buffer.put(yearText, x: area.maxX - yearWidth - 1, y: area.y, style: Style(.accent, bold: true))
    }

    func drawStatusBar(into buffer: inout Buffer, area: Rect) {
        var left: String
        if let message {
            left = message
        } else {
            left = "\(abbreviated(storePath)) · \(year)"
            if let holder = session?.lockHolder {
                left += " · read-only (PID \(holder))"
            } else if session?.isReadOnly == true {
                left += " · read-only"
            }
        }
        // The marker comes first so that it survives however narrow the bar gets.
        if isModified { left = "[+] " + left }
        let context = helpVisible ? Context.global : screen.context
        let hints = helpVisible || prompt != nil ? [(key: "Esc", label: "close")] : keymap.hints(for: context)
        StatusBar(left: left, right: "Press ? for help", hints: hints, glyphs: glyphs).render(into: &buffer, area: area)
    }

    /// `~/…` for paths under the home folder, so the status bar keeps room for hints.
    func abbreviated(_ path: String) -> String { Self.abbreviated(path) }

    /// `~/…` for paths under the home folder.
    static func abbreviated(_ path: String) -> String {
        if let home = ProcessEnvironment.home, !home.isEmpty, path.hasPrefix(home + "/") {
            return "~" + path.dropFirst(home.count)
        }
        return path
    }

    func drawHelp(into buffer: inout Buffer, area: Rect) {
        var lines: [(String, String, Bool)] = []
        for section in keymap.sections(for: screen.context) {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((section.context.rawValue, "", true))
            for binding in section.bindings {
                lines.append((binding.keyLabel, binding.help, false))
            }
        }
        let width = min(area.width, 72)
        let height = min(area.height, lines.count + 2)
        let visible = max(1, height - 2)
        let offset = min(helpOffset, max(0, lines.count - visible))
        // Say where the view is when the keymap does not fit, so nobody misses the rest.
        let position = lines.count > visible ? " · \(offset + 1)-\(min(offset + visible, lines.count)) of \(lines.count), ↑↓ scroll" : ""
        let modal = Modal(title: "Keys · Esc closes\(position)", width: width, height: height, glyphs: glyphs)
        let inner = modal.render(into: &buffer, area: area)
        let keyWidth = min(12, inner.width / 3)
        for (row, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            let y = inner.y + row
            if line.2 {
                buffer.put(line.0, x: inner.x, y: y, style: Style(.title, bold: true), maxWidth: inner.width)
            } else {
                buffer.put(line.0, x: inner.x + 1, y: y, style: Style(.accent, bold: true), maxWidth: keyWidth)
                buffer.put(TextWidth.truncate(line.1, to: max(0, inner.width - keyWidth - 2), ellipsis: glyphs.ellipsis),
                           x: inner.x + keyWidth + 2, y: y, style: Style(.text), maxWidth: max(0, inner.width - keyWidth - 2))
            }
        }
    }

    /// A rating as a coloured cell that also shows the number, so colour is never the only cue.
    func ratingCell(_ rating: Rating?) -> TableCell {
        guard let rating, let value = rating.value else { return TableCell("-", style: Style(.unscored)) }
        return TableCell(rating.basis == .partial ? "\(value)*" : "\(value)", style: Style(.rating(value), bold: true))
    }

    /// "reported", "assessed", "partial 2/6": how the headline was reached, styled apart.
    func basisCell(_ rating: Rating) -> TableCell {
        switch rating.basis {
        case .reported?: return TableCell("reported", style: Style(.muted))
        case .assessed?: return TableCell(rating.disagrees ? "assessed !" : "assessed", style: Style(rating.disagrees ? .warning : .accent, bold: true))
        case .partial?: return TableCell("partial \(rating.scored)/\(rating.total)", style: Style(.warning))
        case nil: return TableCell("unrated", style: Style(.unscored))
        }
    }

    /// The rows a table of `count` rows will show in `area`, and the selection within them, so
    /// that building a frame costs what the screen shows, not what the store holds.
    func window(_ state: ListState, count: Int, tableArea area: Rect) -> (rows: Range<Int>, state: ListState) {
        let visible = max(0, area.height - 1)
        var shown = state
        shown.clamp(count: count, visible: visible)
        let rows = shown.offset..<min(count, shown.offset + visible)
        return (rows, ListState(selected: shown.selected - shown.offset, offset: 0))
    }

    func bar(_ value: Int?, width: Int) -> TableCell {
        let bar = RatingBar(value: value.map(Double.init), maxValue: Double(framework.scoreRange.upperBound), width: width, glyphs: glyphs)
        return TableCell(bar.text, style: Style(bar.role))
    }
}
