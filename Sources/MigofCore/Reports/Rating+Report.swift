extension Rating {
    /// JSON fields shared by `show`, `compare` and `export`.
    func jsonPairs(framework: Framework, sources: [String: Source] = [:]) -> [(String, JSONValue)] {
        func int(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
        func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        return [
            ("reported", int(reported)),
            ("assessed", assessedMean.map { .number(Self.decimal($0)) } ?? .null),
            ("rating", int(value)),
            ("basis", basis.map { .string($0.rawValue) } ?? .null),
            ("label", .string(framework.label(for: value))),
            ("source", text(source)),
            ("scored", .number(String(scored))),
            ("total", .number(String(total))),
            ("disagreement", .bool(disagrees)),
            ("published", int(reported)),
            ("assessedRating", int(assessed)),
            ("complete", .bool(isFullyScored)),
            ("percent", assessedMean.map { .number(Self.decimal($0)) } ?? .null),
            ("unit", .string(unit)),
            ("citation", text(citation)),
            ("sourcePath", text(source.flatMap { sources[$0]?.path })),
            ("caveat", text(caveat)),
        ]
    }

    /// Two decimals, no trailing zeros: 2.67, 3.5, 4.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, rest = hundredths % 100
        if rest == 0 { return String(whole) }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// A compact human rendering, the published rating always beside the assessed one:
    /// "3 Meets (reported)", "2 Partially meets (assessed 2 · 60%; published 3 ! bands differ)",
    /// "3 Meets (reported; partial 2/5: 2 · 50%)".
    public func describe(framework: Framework) -> String {
        let head = value.map { "\($0) \(framework.label(for: $0))" } ?? "– unrated"
        let figure = figureText ?? ""
        var parts: [String] = []
        switch basis {
        case .assessed?:
            parts.append("assessed \(assessed ?? 0) · \(figure)")
            if let reported { parts.append("published \(reported)") }
        case .reported?:
            parts.append("reported")
            // Not complete (else it would headline): a provisional figure, shown beside.
            if let assessed { parts.append("partial \(scored)/\(total): \(assessed) · \(figure)") }
        case .partial?:
            parts.append("no rating yet")
            parts.append("partial \(scored)/\(total): \(assessed ?? 0) · \(figure)")
        case nil:
            break
        }
        let text = parts.isEmpty ? head : "\(head) (\(parts.joined(separator: "; ")))"
        return disagrees ? text + " ! bands differ" : text
    }

    /// "2 · 60%" for a complete assessment, "2* · 60%" for a partial one, "-" for none.
    public var assessedText: String {
        guard let assessed else { return "-" }
        return "\(assessed)\(isFullyScored ? "" : "*") · \(figureText ?? "")"
    }

    /// How the headline was reached, in the words the dashboard's Basis column uses:
    /// "reported", "assessed", "assessed !" (a band or more from the published rating),
    /// "partial 2/6", or "unrated".
    public var basisLabel: String {
        switch basis {
        case .reported?: return "reported"
        case .assessed?: return disagrees ? "assessed !" : "assessed"
        case .partial?: return "partial \(scored)/\(total)"
        case nil: return "unrated"
        }
    }

    /// Short cell text: "3", "3*" for a provisional (partial) assessment, "-" when unrated.
    public var cell: String {
        guard let shown else { return "-" }
        return basis == .partial ? "\(shown)*" : String(shown)
    }
}
