extension Rating {
    /// JSON fields shared by `show`, `compare` and `export`.
    func jsonPairs(framework: Framework) -> [(String, JSONValue)] {
        [
            ("reported", reported.map { .number(String($0)) } ?? .null),
            ("assessed", assessedMean.map { .number(Self.decimal($0)) } ?? .null),
            ("rating", value.map { .number(String($0)) } ?? .null),
            ("basis", basis.map { .string($0.rawValue) } ?? .null),
            ("label", .string(framework.label(for: value))),
            ("source", source.map { .string($0) } ?? .null),
            ("scored", .number(String(scored))),
            ("total", .number(String(total))),
            ("disagreement", .bool(disagrees)),
        ]
    }

    /// Two decimals, no trailing zeros: 2.67, 3.5, 4.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, rest = hundredths % 100
        if rest == 0 { return String(whole) }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// A compact human rendering: "3 Meets (reported)", "3 Meets (assessed 2.67)",
    /// "2 Partially meets (partial: assessed 2.33, 3/6 scored)".
    public func describe(framework: Framework) -> String {
        guard let value, let basis else { return "– unrated" }
        var text = "\(value) \(framework.label(for: value))"
        switch basis {
        case .reported: text += " (reported)"
        case .assessed: text += " (assessed \(Self.decimal(assessedMean ?? 0)))"
        case .partial: text += " (partial: assessed \(Self.decimal(assessedMean ?? 0)), \(coverage))"
        }
        if disagrees {
            // Name the figure that is not the headline, so the warning never compares a value with itself.
            text += basis == .reported ? " ! assessed \(Self.decimal(assessedMean ?? 0)) differs" : " ! differs from reported \(reported ?? 0)"
        }
        return text
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

    /// Short cell text: "3", "3*" for a partial assessment, "-" when unrated.
    public var cell: String {
        guard let value else { return "-" }
        return basis == .partial ? "\(value)*" : String(value)
    }
}
