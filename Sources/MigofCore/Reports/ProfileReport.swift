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

    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }) -> String {
        switch format {
        case .json: return JSONWriter.write(json)
        case .md: return markdown
        case .csv: return csv
        case .table, .text: return text(width: width)
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

    private func text(width: (String) -> Int) -> String {
        let c = profile.country
        var out = "\(c.name) (\(c.iso3))  \(c.region) / \(c.subRegion)\n"
        out += "Year \(profile.year)" + (profile.hasAssessment ? "" : " (no assessment)")
            + "   years available: \(c.years.map(String.init).joined(separator: ", "))\n"
        out += "Overall: \(profile.overall.describe(framework: framework))\n\n"
        var table = TextTable(headers: ["Area", "Rating", "Label", "Bar", "Basis", "Published", "Assessed", "Coverage", "Source"],
                              alignments: [.left, .right, .left, .left, .left, .right, .left, .left, .left])
        var caveats: [String] = []
        for area in profile.areas {
            let r = area.rating
            var source = r.citation ?? ""
            if let caveat = r.caveat {
                if !caveats.contains(caveat) { caveats.append(caveat) }
                source += " †\(caveats.firstIndex(of: caveat)! + 1)"
            }
            table.rows.append([
                "\(area.area.id) \(area.area.title)", r.cell, framework.shortLabel(for: r.value),
                TextBar.render(r.value.map(Double.init), width: 12), basisText(r), r.reported.map(String.init) ?? "-",
                r.assessedText, r.coverage, source,
            ])
        }
        out += table.render(width: width)
        if let caveat = profile.overall.caveat, !caveats.contains(caveat) { caveats.append(caveat) }
        if let citation = profile.overall.citation { out += "Overall rating: \(citation)\n" }
        for (n, caveat) in caveats.enumerated() { out += "†\(n + 1) Caveat: \(caveat)\n" }
        for area in profile.areas {
            out += "\n\(area.area.id) \(area.area.title)\n"
            for entry in area.indicators {
                let score = entry.score.map { "\(value(entry) ?? "") \(framework.answerText($0, of: entry.indicator.id))" } ?? "-"
                out += "  \(entry.indicator.id.padding(5))  \(score.padding(14))  \(entry.indicator.name)"
                if let note = entry.note { out += "  — \(note)" }
                out += "\n"
            }
        }
        return out
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
