/// Aligned plain-text columns; the width function is injected so the command line can
/// measure in terminal cells while the core stays Foundation-only.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]) {
        self.headers = headers
        self.alignments = alignments
    }

    /// Columns separated by two spaces, no trailing spaces. Control characters in a cell are
    /// shown as visible escapes (`\x1b`) and measured as such, so columns stay aligned.
    public func render(width: (String) -> Int = { $0.count }) -> String {
        let all = ([headers] + rows).map { $0.map { ControlText.visible($0) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(cell)) }
        }
        var lines: [String] = []
        for row in all {
            var cells: [String] = []
            for (i, cell) in row.enumerated() where i < widths.count {
                let gap = String(repeating: " ", count: max(0, widths[i] - width(cell)))
                cells.append(alignments[i] == .left ? cell + gap : gap + cell)
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
