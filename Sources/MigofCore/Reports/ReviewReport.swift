/// `migof review`: the review worklist as text, CSV, JSON or Markdown, from `ReviewTable`,
/// the model the review screen draws.
public struct ReviewReport: Sendable {
    public var table: ReviewTable

    public init(table: ReviewTable) {
        self.table = table
    }

    private var header: [String] { ["ISO3", "Country", "Year", "Overall"] + table.areaIDs }

    /// Each cell: coverage, then assessed against published, `5/5 3≠2`.
    static func cell(_ entry: ReviewTable.Entry) -> String { "\(entry.coverage) \(entry.comparison)" }

    /// `columns`: the terminal's width, which the table then fits; nil for a pipe.
    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }, columns: Int? = nil) -> String {
        switch format {
        case .json: return JSONWriter.write(json)
        case .csv:
            let ids = ["overall"] + table.areaIDs
            let head = ["iso3", "name", "year"] + ids.flatMap { ["\($0)_answered", "\($0)_total", "\($0)_assessed", "\($0)_published", "\($0)_disagrees"] }
            return CSVWriter.document(header: head, rows: table.rows.map { row in
                [row.iso3, row.name, String(row.year)] + ([row.overall] + row.areas).flatMap { entry in
                    let rating = entry.rating
                    return [String(rating.answered), String(rating.total), rating.assessed.map(String.init) ?? "",
                            rating.published.map(String.init) ?? "", rating.disagrees ? "1" : "0"]
                }
            })
        case .md:
            return Markdown.table(header: header, rows: table.rows.map(cells), rightAligned: Set(2..<header.count))
                + "\n" + table.summary + "\n\n" + Self.legend + "\n"
        case .table, .text:
            var text = TextTable(headers: header,
                                 alignments: [.left, .left] + Array(repeating: .right, count: 2 + table.areaIDs.count),
                                 flexible: [1])
            text.rows = table.rows.map(cells)
            // An empty worklist is said in words, not as a table of headings.
            let body = table.rows.isEmpty ? "" : text.render(width: width, maxWidth: columns)
            return body + table.summary + "\n"
                + TextTable.fitted(Self.legend, columns: columns, width: width) + "\n"
        }
    }

    /// Explains the cells under a table.
    public static let legend = "Each cell: answered/total, then assessed and published: 3≠2 disagree, 3=3 agree, "
        + "(2) a partial assessment (provisional), – none."

    private func cells(_ row: ReviewTable.Row) -> [String] {
        [row.iso3, row.name, String(row.year)] + ([row.overall] + row.areas).map(Self.cell)
    }

    /// The documented JSON contract (docs/json-output.md).
    public var json: JSONValue {
        let rows: [JSONValue] = table.rows.map { row in
            .obj([
                ("iso3", .string(row.iso3)), ("name", .string(row.name)), ("region", .string(row.region)),
                ("year", .number(String(row.year))),
                ("disagreements", .arr(row.disagreements.map { .string($0.id) })),
                ("overall", Self.json(row.overall)),
                ("areas", .obj(row.areas.map { ($0.id, Self.json($0)) })),
            ])
        }
        return .obj([
            ("year", table.year.map { .number(String($0)) } ?? .null),
            ("summary", .string(table.summary)), ("rows", .arr(rows)),
        ])
    }

    private static func json(_ entry: ReviewTable.Entry) -> JSONValue {
        let rating = entry.rating
        func number(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
        return .obj([
            ("answered", .number(String(rating.answered))), ("total", .number(String(rating.total))),
            ("assessed", number(rating.assessed)), ("complete", .bool(rating.isFullyScored)),
            ("published", number(rating.published)), ("basis", rating.basis.map { .string($0.rawValue) } ?? .null),
            ("disagrees", .bool(rating.disagrees)), ("text", .string(cell(entry))),
        ])
    }
}
