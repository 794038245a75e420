/// `migof show`: one country's profile in one year.
public struct ProfileReport: Sendable {
    public var profile: Profile
    public var framework: Framework
    /// The store's sources table, for each rating's `sourcePath` in JSON.
    public var sources: [String: Source]

    public init(profile: Profile, framework: Framework, sources: [String: Source] = [:]) {
        self.profile = profile
        self.framework = framework
        self.sources = sources
    }

    /// `columns`: the terminal's width, which the text then fits (titles, labels and sources
    /// are cut, indicator notes wrapped, figures never touched); nil for a pipe.
    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }, columns: Int? = nil) -> String {
        switch format {
        case .json: return JSONWriter.write(json)
        case .md: return markdown
        case .csv: return csv
        case .table, .text: return text(width: width, columns: columns)
        }
    }

    /// The documented JSON contract; see docs/json-output.md.
    public var json: JSONValue {
        let c = profile.country
        let areas: [JSONValue] = profile.areas.map { area in
            let indicators: [JSONValue] = area.indicators.map { entry in
                .obj([
                    ("id", .string(entry.indicator.id)), ("name", .string(entry.indicator.name)),
                    ("score", value(entry).map { .number($0) } ?? .null),
                    ("note", entry.note.map { .string($0) } ?? .null),
                    ("answer", entry.score.map { .string(framework.answerText($0, of: entry.indicator.id)) } ?? .null),
                    ("option", entry.score.map { .int($0) } ?? .null),
                ])
            }
            return .obj([("id", .string(area.area.id)), ("domain", .number(String(area.area.domain))),
                                    ("title", .string(area.area.title))]
                                   + area.rating.jsonPairs(framework: framework, sources: sources)
                                   + [("indicators", .arr(indicators))])
        }
        return .obj([
            ("iso3", .string(c.iso3)), ("iso2", .string(c.iso2)), ("m49", .string(c.m49)),
            ("name", .string(c.name)), ("region", .string(c.region)), ("subRegion", .string(c.subRegion)),
            ("year", .number(String(profile.year))),
            ("years", .arr(c.years.map { .number(String($0)) })),
            ("overall", .obj(profile.overall.jsonPairs(framework: framework, sources: sources))),
            ("areas", .arr(areas)),
        ])
    }

    private func text(width: (String) -> Int, columns: Int?) -> String {
        let c = profile.country
        func fit(_ line: String) -> String { TextTable.fitted(line, columns: columns, width: width) + "\n" }
        var out = fit("\(c.name) (\(c.iso3))  \(c.region) / \(c.subRegion)")
        out += fit("Year \(profile.year)" + (profile.hasAssessment ? "" : " (no assessment)")
            + "   years available: \(c.years.map(String.init).joined(separator: ", "))")
        out += fit("Overall: \(profile.overall.describe(framework: framework))") + "\n"
        var caveats: [String] = []
        var table = areaTable(caveats: &caveats, bar: true, terminal: columns != nil)
        var rendered = table.render(width: width, maxWidth: columns)
        if let columns, rendered.split(separator: "\n").contains(where: { width(String($0)) > columns }) {
            // The bar only draws the rating again, so on a narrow terminal it gives way before any figure.
            table = areaTable(caveats: &caveats, bar: false, terminal: true)
            rendered = table.render(width: width, maxWidth: columns)
        }
        out += rendered
        if let caveat = profile.overall.caveat, !caveats.contains(caveat) { caveats.append(caveat) }
        if let citation = profile.overall.citation { out += fit("Overall rating: \(citation)") }
        for (n, caveat) in caveats.enumerated() { out += fit("†\(n + 1) Caveat: \(caveat)") }
        for area in profile.areas {
            out += "\n\(area.area.id) \(area.area.title)\n"
            for entry in area.indicators {
                let score = entry.score.map { "\(value(entry) ?? "") \(framework.answerText($0, of: entry.indicator.id))" } ?? "-"
                let head = "  \(entry.indicator.id.padding(5))  \(score.padding(14))  "
                let body = entry.indicator.name + (entry.note.map { "  — \($0)" } ?? "")
                guard let columns else {
                    out += head + body + "\n"
                    continue
                }
                // The id and answer stay put; the name and note wrap under the name.
                let indent = String(repeating: " ", count: width(head))
                let lines = TextTable.wrap(body, first: columns - width(head), limit: columns, indent: indent, width: width)
                out += head + lines.joined(separator: "\n") + "\n"
            }
        }
        return out
    }

    /// One row per area; `caveats` collects each caveat once, numbered in the Source column.
    /// On a terminal the published rating is headed `Pub` and the basis may be cut, to fit.
    private func areaTable(caveats: inout [String], bar: Bool, terminal: Bool) -> TextTable {
        var headers = ["Area", "Rating", "Label", "Bar", "Basis", terminal ? "Pub" : "Published", "Assessed", "Coverage", "Source"]
        var alignments: [TextTable.Alignment] = [.left, .right, .left, .left, .left, .right, .left, .left, .left]
        var flexible: Set<Int> = terminal ? [0, 2, 4, 8] : [0, 2, 8]
        if !bar {
            headers.remove(at: 3)
            alignments.remove(at: 3)
            flexible = Set(flexible.map { $0 > 3 ? $0 - 1 : $0 })
        }
        var table = TextTable(headers: headers, alignments: alignments, flexible: flexible)
        for area in profile.areas {
            let r = area.rating
            var source = r.citation ?? ""
            if let caveat = r.caveat {
                if !caveats.contains(caveat) { caveats.append(caveat) }
                source += " †\(caveats.firstIndex(of: caveat)! + 1)"
            }
            var row = ["\(area.area.id) \(area.area.title)", r.cell, framework.shortLabel(for: r.value),
                       TextBar.render(r.value.map(Double.init), width: 12), basisText(r), r.reported.map(String.init) ?? "-",
                       r.assessedText, r.coverage, source]
            if !bar { row.remove(at: 3) }
            table.rows.append(row)
        }
        return table
    }

    /// The answer as the store writes it, the option's value ("0.5").
    private func value(_ entry: IndicatorEntry) -> String? {
        entry.score.flatMap { framework.value(ofAnswer: $0, of: entry.indicator.id) }.map(AnswerOption.text(of:))
    }

    private func basisText(_ rating: Rating) -> String {
        var text = rating.basis?.rawValue ?? "unrated"
        if rating.disagrees { text += " (!)" }
        return text
    }

    private var markdown: String {
        let c = profile.country
        var out = "## \(Markdown.escape(c.name)) (\(c.iso3)), \(profile.year)\n\n"
        out += "\(c.region) / \(c.subRegion). Overall: \(profile.overall.describe(framework: framework)).\n\n"
        out += Markdown.table(
            header: ["Area", "Rating", "Label", "Basis", "Published", "Assessed", "Coverage", "Source", "Caveat"],
            rows: profile.areas.map { area in
                let r = area.rating
                return ["\(area.area.id) \(area.area.title)", r.cell, framework.label(for: r.value),
                        r.basis?.rawValue ?? "unrated", r.reported.map(String.init) ?? "-", r.assessedText, r.coverage,
                        r.citation ?? "", r.caveat ?? ""]
            }, rightAligned: [1])
        return out
    }

    private var csv: String {
        CSVWriter.document(
            header: ["iso3", "year", "area", "indicator", "score", "note"],
            rows: profile.areas.flatMap { area in
                area.indicators.map { [profile.country.iso3, String(profile.year), area.area.id, $0.indicator.id,
                                       value($0) ?? "", $0.note ?? ""] }
            })
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
