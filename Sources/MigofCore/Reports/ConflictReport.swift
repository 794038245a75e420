/// `migof conflicts`: the values a merge left in conflict, with who changed each side.
public struct ConflictReport: Sendable {
    public var conflicts: [StoreConflict]
    public var framework: Framework

    public init(conflicts: [StoreConflict], framework: Framework) {
        self.conflicts = conflicts
        self.framework = framework
    }

    /// `conflict 1 CAN 2021 1c: base no · ours yes (ana 2026-12-01T10:00:00Z) · theirs partly (ben …)`.
    public static func line(_ c: StoreConflict, framework: Framework) -> String {
        let texts = sideTexts(c, framework: framework)
        return "conflict \(c.id) \(c.place): base \(texts[0]) · ours \(texts[1])\(by(c.oursBy)) · theirs \(texts[2])\(by(c.theirsBy))"
    }

    static func sideTexts(_ c: StoreConflict, framework: Framework) -> [String] {
        [c.base, c.ours, c.theirs].map { $0.text(key: c.key, framework: framework) }
    }

    private static func by(_ stamp: StoreConflict.Stamp?) -> String {
        stamp.map { " (\($0.user) \($0.time))" } ?? ""
    }

    private static let header = ["id", "country", "year", "what", "base", "ours", "theirs", "oursUser", "oursTime",
                                 "theirsUser", "theirsTime"]

    private func cells(_ c: StoreConflict) -> [String] {
        let what = c.place.split(separator: " ").dropFirst(c.year == nil ? 1 : 2).joined(separator: " ")
        return [String(c.id), c.country, c.year.map(String.init) ?? "", what.isEmpty ? c.field.rawValue : what]
            + Self.sideTexts(c, framework: framework)
            + [c.oursBy?.user ?? "", c.oursBy?.time ?? "", c.theirsBy?.user ?? "", c.theirsBy?.time ?? ""]
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .csv:
            return CSVWriter.document(header: Self.header, rows: conflicts.map(cells))
        case .md:
            return Markdown.table(header: Self.header, rows: conflicts.map(cells))
        case .json:
            let items: [JSONValue] = conflicts.map { c in
                guard case .object(let members) = c.jsonValue(framework: framework) else { return .null }
                let texts = Self.sideTexts(c, framework: framework)
                return .obj(members.map { ($0.key, $0.value.value) } + [("place", .string(c.place)),
                    ("baseText", .string(texts[0])), ("oursText", .string(texts[1])), ("theirsText", .string(texts[2]))])
            }
            return JSONWriter.write(.obj([("conflicts", .arr(items))]))
        case .table, .text:
            guard !conflicts.isEmpty else { return "no conflicts\n" }
            let body = conflicts.map { Self.line($0, framework: framework) }.joined(separator: "\n")
            return body + "\n\(conflicts.count) unresolved conflict\(conflicts.count == 1 ? "" : "s"); "
                + "resolve with `migof resolve <id> ours|theirs|base`\n"
        }
    }
}
