/// Aligned plain-text columns; the width function is injected so the command line can
/// measure in terminal cells while the core stays Foundation-only.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []
    /// Columns of long text (names, sources) that may be cut, with `…`, to fit a terminal.
    /// Figures are never listed here, so they are never cut.
    public var flexible: Set<Int> = []

    /// A flexible column is never cut narrower than this (or its heading).
    static let minimumFlexible = 6

    public init(headers: [String], alignments: [Alignment], flexible: Set<Int> = []) {
        self.headers = headers
        self.alignments = alignments
        self.flexible = flexible
    }

    /// Columns separated by two spaces, no trailing spaces. With `maxWidth` (a terminal's
    /// columns), the widest flexible columns are narrowed first until the table fits or
    /// they reach their minimum; without it (a pipe), nothing is cut. Control characters in a
    /// cell are shown as visible escapes (`\x1b`) and measured as such, so columns stay aligned.
    public func render(width: (String) -> Int = { $0.count }, maxWidth: Int? = nil) -> String {
        let all = ([headers] + rows).map { $0.map { ControlText.visible($0) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(cell)) }
        }
        if let maxWidth { fit(&widths, into: maxWidth, width: width) }
        var lines: [String] = []
        for row in all {
            var cells: [String] = []
            for (i, raw) in row.enumerated() where i < widths.count {
                let cell = width(raw) > widths[i] ? Self.cut(raw, to: widths[i], width: width) : raw
                let gap = String(repeating: " ", count: max(0, widths[i] - width(cell)))
                cells.append(alignments[i] == .left ? cell + gap : gap + cell)
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func fit(_ widths: inout [Int], into maxWidth: Int, width: (String) -> Int) {
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - maxWidth
        while excess > 0 {
            let candidates = flexible.filter { $0 < widths.count && widths[$0] > max(Self.minimumFlexible, width(headers[$0])) }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }

    /// `text` cut to `limit` cells, ending in `…`.
    public static func cut(_ text: String, to limit: Int, width: (String) -> Int) -> String {
        guard limit > 0 else { return "" }
        var out = ""
        var used = 0
        for character in text {
            let w = width(String(character))
            if used + w > limit - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// `line` wrapped to `columns` (continuation lines indented by two spaces), or as it is
    /// when there is no terminal width to fit.
    public static func fitted(_ line: String, columns: Int?, width: (String) -> Int) -> String {
        guard let columns, width(line) > columns else { return line }
        return wrap(line, first: columns, limit: columns, indent: "  ", width: width).joined(separator: "\n")
    }

    /// `text` broken at spaces into lines, the first of at most `first` cells and the others
    /// of `limit` cells including `indent`; a word longer than a line is split across lines.
    public static func wrap(_ text: String, first: Int, limit: Int, indent: String, width: (String) -> Int) -> [String] {
        let later = max(1, limit - width(indent))
        var lines: [String] = []
        var line = ""
        var used = 0
        var room = max(1, first)
        func flush() {
            lines.append(line)
            line = ""
            used = 0
            room = later
        }
        for word in text.split(separator: " ") {
            let w = width(String(word))
            if used > 0, used + 1 + w <= room {
                line += " " + word
                used += 1 + w
                continue
            }
            if used > 0 { flush() }
            for character in word {
                let c = width(String(character))
                if used + c > room, used > 0 { flush() }
                line.append(character)
                used += c
            }
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines.enumerated().map { $0.offset == 0 ? $0.element : indent + $0.element }
    }
}
