/// `migof diff`: what changed from one store to another, in the domain's own terms: countries
/// and years added or removed, metadata, published ratings, answers and notes; and, apart,
/// the audit entries the second store has that the first has not.
public struct StoreDiff: Sendable {
    /// One changed value. `old` nil: added; `new` nil: removed.
    public struct Change: Sendable, Equatable {
        public var country: String
        public var year: Int?
        /// `name`, `country`, `year`, `reported overall`, `reported P1`, `1c`, `1c note`.
        public var item: String
        public var old: String?
        public var new: String?

        /// `CAN 2021 1c: no → yes`, `CAN: country added`.
        public var line: String {
            let place = country + (year.map { " \($0)" } ?? "")
            if item == "country" || item == "year" { return "\(place): \(item) \(new == nil ? "removed" : "added")" }
            return "\(place) \(item): \(old ?? "(none)") → \(new ?? "(none)")"
        }
    }

    public var changes: [Change] = []
    public var audit: [AuditEntry]
    public let framework: Framework

    public init(from a: Store, to b: Store, framework: Framework) {
        self.framework = framework
        audit = StoreMerge.subtracting(a.audit, from: b.audit)
        for code in Set(a.countries.keys).union(b.countries.keys).sorted() {
            compare(code, a.countries[code], b.countries[code])
        }
    }

    private mutating func compare(_ code: String, _ a: Country?, _ b: Country?) {
        guard let a, let b else {
            if a != nil || b != nil { changes.append(Change(country: code, item: "country", old: a?.name, new: b?.name)) }
            return
        }
        for key in Store.metadataKeys where Store.metadata(a, key) != Store.metadata(b, key) {
            changes.append(Change(country: code, item: key, old: Store.metadata(a, key).map(ValueText.quoted),
                                  new: Store.metadata(b, key).map(ValueText.quoted)))
        }
        for year in Set(a.assessments.keys).union(b.assessments.keys).sorted() {
            let x = a.assessments[year], y = b.assessments[year]
            guard let x, let y else {
                changes.append(Change(country: code, year: year, item: "year", old: x.map { _ in "" }, new: y.map { _ in "" }))
                continue
            }
            compare(code, year, x, y)
        }
    }

    private mutating func compare(_ code: String, _ year: Int, _ x: Assessment, _ y: Assessment) {
        func add(_ item: String, _ old: String?, _ new: String?) {
            if old != new { changes.append(Change(country: code, year: year, item: item, old: old, new: new)) }
        }
        add("reported overall", x.reportedOverall.map(ValueText.rating), y.reportedOverall.map(ValueText.rating))
        for area in framework.areas {
            add("reported \(area.id)", x.reportedAreas[area.id].map(ValueText.rating), y.reportedAreas[area.id].map(ValueText.rating))
        }
        for id in framework.indicatorIDs {
            if x.scores[id] != y.scores[id] {
                add(id, ValueText.answer(x.scores[id], of: id, framework: framework),
                    ValueText.answer(y.scores[id], of: id, framework: framework))
            }
            add("\(id) note", x.notes[id].map(ValueText.quoted), y.notes[id].map(ValueText.quoted))
        }
    }

    private static let header = ["section", "country", "year", "item", "old", "new", "time", "user"]

    private func rows(includeAudit: Bool) -> [[String]] {
        var rows = changes.map { ["change", $0.country, $0.year.map(String.init) ?? "", $0.item, $0.old ?? "", $0.new ?? "", "", ""] }
        if includeAudit {
            rows += audit.map { e in
                ["audit", e.country, e.year.map(String.init) ?? "", e.change.rawValue, "", ValueText.summary(e, framework: framework),
                 e.time, e.user]
            }
        }
        return rows
    }

    /// The report in `format`; `includeAudit` false leaves the audit entries out.
    public func render(_ format: OutputFormat, includeAudit: Bool) -> String {
        switch format {
        case .csv:
            return CSVWriter.document(header: Self.header, rows: rows(includeAudit: includeAudit))
        case .md:
            return Markdown.table(header: Self.header, rows: rows(includeAudit: includeAudit))
        case .json:
            func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
            var fields: [(String, JSONValue)] = [("changes", .arr(changes.map { c in
                .obj([("country", .string(c.country)), ("year", c.year.map(JSONValue.int) ?? .null), ("item", .string(c.item)),
                      ("old", optional(c.old)), ("new", optional(c.new)), ("line", .string(c.line))])
            }))]
            if includeAudit { fields.append(("audit", .arr(audit.map { $0.jsonValue(framework: framework) }))) }
            return JSONWriter.write(.obj(fields))
        case .table, .text:
            var text = changes.map { $0.line + "\n" }.joined()
            if changes.isEmpty { text = "no changes\n" }
            if includeAudit, !audit.isEmpty {
                text += "\naudit entries added:\n"
                text += audit.map { "  \($0.time) \($0.user) \(ValueText.summary($0, framework: framework))\n" }.joined()
            }
            return text
        }
    }
}
