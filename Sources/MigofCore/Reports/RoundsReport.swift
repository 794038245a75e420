/// `migof rounds`: the rounds table as text, CSV, JSON or Markdown. Every figure comes from
/// `RoundsTable`, the model the rounds screen draws.
public struct RoundsReport: Sendable {
    public var table: RoundsTable

    public init(table: RoundsTable) {
        self.table = table
    }

    private var header: [String] { ["ISO3", "Country", "Region"] + table.measures }

    /// `columns`: the terminal's width, which the table then fits (names and regions are cut,
    /// changes never); nil for a pipe.
    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }, columns: Int? = nil) -> String {
        switch format {
        case .json: return JSONWriter.write(json)
        case .csv:
            let measures = table.measures.map { $0.lowercased() == "overall" ? "overall" : $0 }
            let head = ["iso3", "name", "region"] + measures.flatMap { ["\($0)_from", "\($0)_to", "\($0)_basis"] }
            return CSVWriter.document(header: head, rows: table.rows.map { row in
                [row.iso3, row.name, row.region] + row.changes.flatMap { change in
                    [change.map { String($0.from) } ?? "", change.map { String($0.to) } ?? "", change?.basis.rawValue ?? ""]
                }
            })
        case .md:
            return "**\(table.from) → \(table.to)**\n\n"
                + Markdown.table(header: header, rows: table.rows.map(cells), rightAligned: Set(3..<header.count))
                + "\n" + table.summaries.map { "- \($0.text)" }.joined(separator: "\n") + "\n"
        case .table, .text:
            var text = TextTable(headers: header,
                                 alignments: [.left, .left, .left] + Array(repeating: .right, count: table.measures.count),
                                 flexible: [1, 2])
            text.rows = table.rows.map(cells)
            return "\(table.from) → \(table.to): \(table.rows.count) countries assessed in both rounds\n"
                + text.render(width: width, maxWidth: columns)
                + table.summaries.map { TextTable.fitted($0.text, columns: columns, width: width) }.joined(separator: "\n") + "\n"
        }
    }

    private func cells(_ row: RoundsTable.Row) -> [String] {
        [row.iso3, row.name, row.region] + row.changes.map(RoundsTable.text)
    }

    /// The documented JSON contract (docs/json-output.md).
    public var json: JSONValue {
        let keys = table.measures.map { $0 == "Overall" ? "overall" : $0 }
        let rows: [JSONValue] = table.rows.map { row in
            .obj([
                ("iso3", .string(row.iso3)), ("name", .string(row.name)), ("region", .string(row.region)),
                ("changes", .obj(zip(keys, row.changes).map { key, change in (key, Self.json(change)) })),
            ])
        }
        let summaries: [JSONValue] = zip(keys, table.summaries).map { key, summary in
            .obj([
                ("measure", .string(key)), ("both", .number(String(summary.both))), ("up", .number(String(summary.up))),
                ("down", .number(String(summary.down))), ("unchanged", .number(String(summary.unchanged))),
                ("text", .string(summary.text)),
            ])
        }
        return .obj([
            ("from", .number(String(table.from))), ("to", .number(String(table.to))),
            ("region", table.region.map(JSONValue.string) ?? .null),
            ("summary", .arr(summaries)), ("rows", .arr(rows)),
        ])
    }

    private static func json(_ change: RoundChange?) -> JSONValue {
        guard let change else { return .null }
        return .obj([
            ("from", .number(String(change.from))), ("to", .number(String(change.to))),
            ("delta", .number(String(change.delta))), ("basis", .string(change.basis.rawValue)),
            ("text", .string(RoundsTable.text(change))),
        ])
    }
}
