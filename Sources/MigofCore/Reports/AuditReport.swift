/// `migof log`: audit entries, filtered by country and time.
public struct AuditReport: Sendable {
    public var entries: [AuditEntry]

    /// Keeps the entries of `country` (all when nil) at or after `since`.
    public init(entries: [AuditEntry], country: String?, since: String?) {
        self.entries = entries.filter { entry in
            (country == nil || entry.country == country) && (since == nil || entry.time >= since!)
        }
    }

    /// Dates compare as text because entry times are fixed-width UTC ISO 8601.
    public static func isValidDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        return digits.allSatisfy { (48...57).contains(bytes[$0]) } && bytes[4] == 45 && bytes[7] == 45
    }

    private static let header = ["time", "user", "change", "country", "year", "indicator", "oldScore", "newScore", "oldNote", "newNote"]

    private func cells(_ e: AuditEntry) -> [String] {
        [e.time, e.user, e.change.rawValue, e.country, e.year.map(String.init) ?? "", e.indicator ?? "",
         e.oldScore.map(String.init) ?? "", e.newScore.map(String.init) ?? "", e.oldNote ?? "", e.newNote ?? ""]
    }

    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }) -> String {
        switch format {
        case .csv:
            return CSVWriter.document(header: Self.header, rows: entries.map(cells))
        case .json:
            return JSONWriter.write(.arr(entries.map(\.jsonValue)))
        default:
            var table = TextTable(headers: ["Time", "User", "Country", "Year", "Change"],
                                  alignments: [.left, .left, .left, .left, .left])
            table.rows = entries.map { e in
                var change = e.change.rawValue
                if e.change == .score {
                    change = "\(e.indicator ?? "") \(e.oldScore.map(String.init) ?? "–") → \(e.newScore.map(String.init) ?? "–")"
                } else if e.change == .note {
                    let note = e.newNote.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 }
                    change = "\(e.indicator ?? "") note: " + (note.map { "\"\($0)\"" } ?? "cleared")
                }
                return [e.time, e.user, e.country, e.year.map(String.init) ?? "", change]
            }
            return table.render(width: width) + "\(entries.count) change\(entries.count == 1 ? "" : "s")\n"
        }
    }
}
