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

    /// A `--since` value: a real calendar date `YYYY-MM-DD` (no month 13, no 30 February),
    /// optionally followed by a time `THH:MM`, `THH:MM:SS` or either with `Z`. Dates then
    /// compare as text because entry times are fixed-width UTC ISO 8601.
    public static func isValidDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.allSatisfy({ (48...57).contains(bytes[$0]) }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) }
        }
        guard bytes.count >= 10, bytes[4] == 45, bytes[7] == 45,
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return false }
        var rest = Array(bytes.dropFirst(10))
        if rest.isEmpty { return true }
        if rest.last == 90 { rest.removeLast() }  // Z
        let time = String(decoding: rest, as: UTF8.self)
        let parts = time.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard time.first == "T", (2...3).contains(parts.count),
              parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        let values = parts.compactMap { Int($0) }
        return values.count == parts.count && values[0] < 24 && values[1] < 60 && (values.count < 3 || values[2] < 60)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
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

    /// `columns`: the terminal's width to fit (users and changes are cut); nil for a pipe.
    public func render(_ format: OutputFormat, width: (String) -> Int = { $0.count }, columns: Int? = nil) -> String {
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
                                  alignments: [.left, .left, .left, .left, .left], flexible: [1, 4])
            table.rows = entries.map { e in
                var change = e.change.rawValue
                if e.change == .score {
                    change = "\(e.indicator ?? "") \(answerText(e.oldScore, e)) → \(answerText(e.newScore, e))"
                } else if e.change == .rating {
                    let source = e.newNote.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 }
                    change = "\(e.indicator ?? "") rating \(e.oldScore.map(String.init) ?? "–") → \(e.newScore.map(String.init) ?? "–")"
                        + (source.map { " (source: \($0))" } ?? "")
                } else if e.change == .note {
                    let note = e.newNote.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 }
                    change = "\(e.indicator ?? "") note: " + (note.map { "\"\($0)\"" } ?? "cleared")
                }
                return [e.time, e.user, e.country, e.year.map(String.init) ?? "", change]
            }
            return table.render(width: width, maxWidth: columns) + "\(entries.count) change\(entries.count == 1 ? "" : "s")\n"
        }
    }
}
