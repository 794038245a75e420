/// `migof compare`: two profiles with a delta per area and overall.
public struct ComparisonReport: Sendable {
    public var comparison: Comparison
    public var framework: Framework

    public init(comparison: Comparison, framework: Framework) {
        self.comparison = comparison
        self.framework = framework
    }

    /// `▲1` when B is higher, `▼2` when lower, `=` when equal, `–` when either side is missing.
    public static func deltaText(_ delta: Int?) -> String {
        guard let delta else { return "–" }
        if delta == 0 { return "=" }
        return delta > 0 ? "▲\(delta)" : "▼\(-delta)"
    }

    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }) -> String {
        switch format {
        case .json: return JSONWriter.write(json)
        case .md: return markdown
        case .csv:
            return CSVWriter.document(header: ["row", "a", "b", "delta"], rows: comparison.rows.map {
                [$0.id, $0.a.value.map(String.init) ?? "", $0.b.value.map(String.init) ?? "", $0.delta.map(String.init) ?? ""]
            })
        case .table, .text: return text(width: width)
        }
    }

    private func side(_ profile: Profile) -> JSONValue {
        .obj([
            ("iso3", .string(profile.country.iso3)), ("name", .string(profile.country.name)),
            ("region", .string(profile.country.region)), ("year", .number(String(profile.year))),
        ])
    }

    /// The documented JSON contract: `a`, `b`, `deltas[]` and `summary`.
    public var json: JSONValue {
        let deltas: [JSONValue] = comparison.rows.map { row in
            .obj([
                ("id", .string(row.id)), ("title", .string(row.title)),
                ("a", .obj(row.a.jsonPairs(framework: framework))),
                ("b", .obj(row.b.jsonPairs(framework: framework))),
                ("delta", row.delta.map { .number(String($0)) } ?? .null),
                ("leader", .string(row.leader.rawValue)),
            ])
        }
        let t = comparison.tally
        return .obj([
            ("a", side(comparison.a)), ("b", side(comparison.b)), ("deltas", .arr(deltas)),
            ("summary", .obj([
                ("aLeads", .number(String(t.a))), ("bLeads", .number(String(t.b))),
                ("ties", .number(String(t.tie))), ("missing", .number(String(t.missing))),
                ("text", .string(comparison.summary)),
            ])),
        ])
    }

    private func text(width: (String) -> Int) -> String {
        let names = comparison.names
        let a = comparison.a, b = comparison.b
        var out = "A: \(names.a) (\(a.country.iso3), \(a.country.region), \(a.year))\n"
        out += "B: \(names.b) (\(b.country.iso3), \(b.country.region), \(b.year))\n\n"
        var table = TextTable(headers: ["Area", "A", "", "", "B", "Δ B−A"],
                              alignments: [.left, .right, .right, .left, .left, .right])
        for row in comparison.rows {
            let left = TextBar.render(row.a.value.map(Double.init), width: 8)
            table.rows.append([
                row.id == "overall" ? "Overall" : "\(row.id) \(row.title)",
                row.a.cell, String(left.reversed()), TextBar.render(row.b.value.map(Double.init), width: 8),
                row.b.cell, Self.deltaText(row.delta),
            ])
        }
        out += table.render(width: width)
        out += "\n\(comparison.summary)\n"
        if comparison.rows.contains(where: { $0.a.basis == .partial || $0.b.basis == .partial }) {
            out += "* partial assessment (not every indicator scored)\n"
        }
        return out
    }

    private var markdown: String {
        let names = comparison.names
        var out = "## \(Markdown.escape(names.a)) (\(comparison.a.year)) vs \(Markdown.escape(names.b)) (\(comparison.b.year))\n\n"
        out += Markdown.table(
            header: ["Area", "A: \(names.a)", "B: \(names.b)", "Δ B−A"],
            rows: comparison.rows.map { row in
                [row.id == "overall" ? "Overall" : "\(row.id) \(row.title)",
                 "\(row.a.cell) \(framework.label(for: row.a.value))",
                 "\(row.b.cell) \(framework.label(for: row.b.value))",
                 Self.deltaText(row.delta)]
            })
        out += "\n\(comparison.summary).\n"
        return out
    }
}
