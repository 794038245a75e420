/// `migof log`: audit entries, filtered by country and time.
public struct AuditReport: Sendable {
    public var entries: [AuditEntry]
    /// Names answers by their option (`yes`, `0.5`); without it they are shown as ordinals.
    public var framework: Framework?

    /// Keeps the entries of `country` (all when nil) at or after `since`.
    public init(entries: [AuditEntry], country: String?, since: String?, framework: Framework? = nil) {
        self.framework = framework
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
         value(e.oldScore, e), value(e.newScore, e), e.oldNote ?? "", e.newNote ?? ""]
    }

    /// An answer as the store writes it: the option's value.
    private func value(_ answer: Int?, _ e: AuditEntry) -> String {
        guard let answer else { return "" }
        guard let framework, let id = e.indicator, let value = framework.value(ofAnswer: answer, of: id) else { return String(answer) }
        return AnswerOption.text(of: value)
    }

    private func answerText(_ answer: Int?, _ e: AuditEntry) -> String {
        guard let answer else { return "–" }
        guard let framework, let id = e.indicator else { return String(answer) }
        return framework.answerText(answer, of: id)
    }

    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }) -> String {
        switch format {
        case .csv:
            return CSVWriter.document(header: Self.header, rows: entries.map(cells))
        case .json:
            return JSONWriter.write(.arr(entries.map { entry in
                guard let framework else { return entry.jsonValue(framework: Framework.empty) }
                return entry.jsonValue(framework: framework)
            }))
        default:
            var table = TextTable(headers: ["Time", "User", "Country", "Year", "Change"],
                                  alignments: [.left, .left, .left, .left, .left])
            table.rows = entries.map { e in
                var change = e.change.rawValue
                if e.change == .score {
                    change = "\(e.indicator ?? "") \(answerText(e.oldScore, e)) → \(answerText(e.newScore, e))"
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
