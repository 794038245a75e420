/// `migof compare`: two profiles with a delta per area and overall, and the indicators that differ.
///
/// Every number comes from `Comparison`, the model the dashboard's compare screen draws, so the
/// command line and the dashboard cannot disagree.
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

    /// How a side is introduced: "Canada (CAN, Americas, 2021)", with "no assessment" when
    /// the country has none that year, so an empty side is never mistaken for low ratings.
    public static func sideText(_ profile: Profile) -> String {
        let c = profile.country
        let year = profile.hasAssessment ? "\(profile.year)" : "\(profile.year), no assessment"
        return "\(c.name) (\(c.iso3), \(c.region.isEmpty ? "no region" : c.region), \(year))"
    }

    /// `columns`: the terminal's width, which the text then fits (area and indicator names are
    /// cut, figures and bars never); nil for a pipe.
    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }, columns: Int? = nil) -> String {
        switch format {
        case .json: return JSONWriter.write(json)
        case .md: return markdown
        case .csv:
            return CSVWriter.document(header: ["row", "a", "b", "delta"], rows: comparison.rows.map {
                [$0.id, $0.a.value.map(String.init) ?? "", $0.b.value.map(String.init) ?? "", $0.delta.map(String.init) ?? ""]
            })
        case .table, .text: return text(width: width, columns: columns)
        }
    }

    private func side(_ profile: Profile) -> JSONValue {
        .obj([
            ("iso3", .string(profile.country.iso3)), ("name", .string(profile.country.name)),
            ("region", .string(profile.country.region)), ("year", .number(String(profile.year))),
            ("hasAssessment", .bool(profile.hasAssessment)),
        ])
    }

    private func score(_ value: Int?) -> JSONValue {
        value.map { .number(String($0)) } ?? .null
    }

    /// The documented JSON contract (docs/json-output.md): `a`, `b`, `trend`, `deltas[]` and `summary`.
    public var json: JSONValue {
        var deltas: [JSONValue] = comparison.areaRows.enumerated().map { index, row in
            let indicators: [JSONValue] = comparison.indicatorRows(area: index).map { item in
                .obj([
                    ("id", .string(item.indicator.id)), ("name", .string(item.indicator.name)),
                    ("a", score(item.a.score)), ("b", score(item.b.score)), ("delta", score(item.delta)),
                    ("differs", .bool(item.differs)),
                ])
            }
            return deltaObject(row, extra: [("indicators", .arr(indicators))])
        }
        deltas.append(deltaObject(comparison.overallRow, extra: []))
        let t = comparison.tally
        return .obj([
            ("a", side(comparison.a)), ("b", side(comparison.b)), ("trend", .bool(comparison.isTrend)),
            ("deltas", .arr(deltas)),
            ("summary", .obj([
                ("aLeads", .number(String(t.a))), ("bLeads", .number(String(t.b))),
                ("ties", .number(String(t.tie))), ("missing", .number(String(t.missing))),
                ("text", .string(comparison.summary)),
            ])),
        ])
    }

    private func deltaObject(_ row: Comparison.Row, extra: [(String, JSONValue)]) -> JSONValue {
        .obj([
            ("id", .string(row.id)), ("title", .string(row.title)),
            ("a", .obj(row.a.jsonPairs(framework: framework))),
            ("b", .obj(row.b.jsonPairs(framework: framework))),
            ("delta", score(row.delta)),
            ("leader", .string(row.leader.rawValue)),
        ] + extra)
    }

    /// The overall rating, then the areas: the reading order of the text, Markdown and the
    /// dashboard (the JSON keeps areas first, as documented).
    private var headlineFirst: [Comparison.Row] { [comparison.overallRow] + comparison.areaRows }

    /// Indicators whose scores differ, area by area, for the text and Markdown listings.
    private var differing: [(area: Area, row: Comparison.IndicatorRow)] {
        comparison.a.areas.indices.flatMap { index in
            comparison.indicatorRows(area: index).filter(\.differs).map { (comparison.a.areas[index].area, $0) }
        }
    }

    /// The A bar drawn right to left and the B bar left to right, meeting at one axis, so the
    /// eye compares lengths from a common baseline.
    private static func bars(_ a: Int?, _ b: Int?, width: Int = 8) -> String {
        let left = TextBar.render(a.map(Double.init), width: width)
        return String(left.reversed()) + "│" + TextBar.render(b.map(Double.init), width: width)
    }

    private func text(width: (String) -> Int, columns: Int?) -> String {
        let a = comparison.a, b = comparison.b
        func fit(_ line: String) -> String { TextTable.fitted(line, columns: columns, width: width) + "\n" }
        var out = fit("A: \(Self.sideText(a))")
        out += fit("B: \(Self.sideText(b))") + "\n"
        let heads = comparison.isTrend ? ("\(a.year)", "\(b.year)") : (a.country.iso3, b.country.iso3)
        let barHead = String(repeating: " ", count: max(0, 8 - heads.0.count)) + heads.0 + "│" + heads.1
        // The published rating of each side stays beside its headline, whatever the basis.
        var table = TextTable(headers: ["Area", "Pub", "Basis", "A", barHead, "B", "Basis", "Pub", "Δ B−A"],
                              alignments: [.left, .right, .right, .right, .left, .left, .left, .left, .right], flexible: [0])
        for row in headlineFirst {
            table.rows.append([
                row.id == "overall" ? "Overall" : "\(row.id) \(row.title)",
                row.a.reported.map(String.init) ?? "-", row.a.basisLabel, row.a.cell, Self.bars(row.a.value, row.b.value),
                row.b.cell, row.b.basisLabel, row.b.reported.map(String.init) ?? "-", Self.deltaText(row.delta),
            ])
        }
        out += table.render(width: width, maxWidth: columns)
        out += fit("Pub: the published rating. "
            + "A complete assessment headlines; \"assessed !\" marks one in a different band from the published rating.")
        out += "\n" + fit(comparison.summary)
        out += fit("Scale: " + framework.scale.map { "\($0.value) \($0.label)" }.joined(separator: " · "))
        if comparison.rows.contains(where: { $0.a.basis == .partial || $0.b.basis == .partial }) {
            out += "* partial assessment (not every indicator scored)\n"
        }
        let changed = differing
        if !changed.isEmpty {
            out += "\nIndicators that differ (\(changed.count)):\n"
            var list = TextTable(headers: ["Indicator", "A", "B", "Δ B−A"], alignments: [.left, .right, .right, .right], flexible: [0])
            for item in changed {
                list.rows.append(["\(item.row.indicator.id) \(item.row.indicator.name)",
                                  item.row.a.score.map(String.init) ?? "-", item.row.b.score.map(String.init) ?? "-",
                                  Self.deltaText(item.row.delta)])
            }
            out += list.render(width: width, maxWidth: columns)
        }
        return out
    }

    private var markdown: String {
        let names = comparison.names
        let a = comparison.a, b = comparison.b
        var out = "## \(Markdown.escape(names.a)) vs \(Markdown.escape(names.b))\n\n"
        out += "A: \(Markdown.escape(Self.sideText(a))). "
        out += "B: \(Markdown.escape(Self.sideText(b))). Δ is B − A.\n\n"
        out += Markdown.table(
            header: ["Area", "A: \(names.a)", "B: \(names.b)", "Δ B−A"],
            rows: headlineFirst.map { row in
                [row.id == "overall" ? "Overall" : "\(row.id) \(row.title)",
                 row.a.describe(framework: framework), row.b.describe(framework: framework),
                 Self.deltaText(row.delta)]
            }, rightAligned: [3])
        out += "\n\(comparison.summary).\n"
        let changed = differing
        if !changed.isEmpty {
            out += "\n### Indicators that differ\n\n"
            out += Markdown.table(
                header: ["Indicator", "A", "B", "Δ B−A"],
                rows: changed.map { item in
                    ["\(item.row.indicator.id) \(item.row.indicator.name)",
                     item.row.a.score.map(String.init) ?? "–", item.row.b.score.map(String.init) ?? "–",
                     Self.deltaText(item.row.delta)]
                }, rightAligned: [1, 2, 3])
        }
        return out
    }
}
