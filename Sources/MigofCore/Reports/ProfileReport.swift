/// `migof show`: one country's profile in one year.
public struct ProfileReport: Sendable {
    public var profile: Profile
    public var framework: Framework

    public init(profile: Profile, framework: Framework) {
        self.profile = profile
        self.framework = framework
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
                    ("score", entry.score.map { .number(String($0)) } ?? .null),
                    ("note", entry.note.map { .string($0) } ?? .null),
                ])
            }
            return .obj([("id", .string(area.area.id)), ("domain", .number(String(area.area.domain))),
                                    ("title", .string(area.area.title))]
                                   + area.rating.jsonPairs(framework: framework)
                                   + [("indicators", .arr(indicators))])
        }
        return .obj([
            ("iso3", .string(c.iso3)), ("iso2", .string(c.iso2)), ("m49", .string(c.m49)),
            ("name", .string(c.name)), ("region", .string(c.region)), ("subRegion", .string(c.subRegion)),
            ("year", .number(String(profile.year))),
            ("years", .arr(c.years.map { .number(String($0)) })),
            ("overall", .obj(profile.overall.jsonPairs(framework: framework))),
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
        var table = TextTable(headers: ["Area", "Rating", "Label", "Bar", "Basis", "Coverage", "Source"],
                              alignments: [.left, .right, .left, .left, .left, .left, .left], flexible: [0, 2, 6])
        for area in profile.areas {
            let r = area.rating
            table.rows.append([
                "\(area.area.id) \(area.area.title)", r.cell, framework.shortLabel(for: r.value),
                TextBar.render(r.value.map(Double.init), width: 12), basisText(r), r.coverage, r.source ?? "",
            ])
        }
        out += table.render(width: width, maxWidth: columns)
        for area in profile.areas {
            out += "\n\(area.area.id) \(area.area.title)\n"
            for entry in area.indicators {
                let score = entry.score.map(String.init) ?? "-"
                let head = "  \(entry.indicator.id.padding(5))  \(score)  "
                let body = entry.indicator.name + (entry.note.map { "  — \($0)" } ?? "")
                guard let columns else {
                    out += head + body + "\n"
                    continue
                }
                // The id and score stay put; the name and note wrap under the name.
                let indent = String(repeating: " ", count: width(head))
                let lines = TextTable.wrap(body, first: columns - width(head), limit: columns, indent: indent, width: width)
                out += head + lines.joined(separator: "\n") + "\n"
            }
        }
        return out
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
            header: ["Area", "Rating", "Label", "Basis", "Coverage", "Source"],
            rows: profile.areas.map { area in
                let r = area.rating
                return ["\(area.area.id) \(area.area.title)", r.cell, framework.label(for: r.value),
                        r.basis?.rawValue ?? "unrated", r.coverage, r.source ?? ""]
            }, rightAligned: [1])
        return out
    }

    private var csv: String {
        CSVWriter.document(
            header: ["iso3", "year", "area", "indicator", "score", "note"],
            rows: profile.areas.flatMap { area in
                area.indicators.map { [profile.country.iso3, String(profile.year), area.area.id, $0.indicator.id,
                                       $0.score.map(String.init) ?? "", $0.note ?? ""] }
            })
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
