/// Loads many answers at once from a CSV (`iso3,year,indicator,answer,note`), for
/// `migof import answers`.
///
/// `answer` is what `migof set` takes: an option's number, value, label or short label (any
/// case), or `none` to clear; an empty answer leaves the answer as it is. An empty `note`
/// leaves the note as it is. Every row is checked before anything changes: one bad row and
/// the store is left alone.
public struct AnswerImport: Sendable {
    /// One change a row makes.
    public struct Change: Sendable, Equatable {
        public var line: Int
        public var iso3: String
        public var year: Int
        public var indicator: String
        public var oldAnswer: Int?
        public var newAnswer: Int?
        public var oldNote: String?
        public var newNote: String?
        /// False when the row sets what the store already holds.
        public var changes: Bool { oldAnswer != newAnswer || oldNote != newNote }
    }

    public static let header = ["iso3", "year", "indicator", "answer", "note"]

    /// The changes `text` would make to `store`, or every problem with its line.
    public static func changes(_ text: String, path: String, store: Store, framework: Framework) throws(MigofError) -> [Change] {
        let records = try CSVReader.records(text, path: path)
        guard let first = records.first else { throw .invalid([Diagnostic(path: path, line: 0, column: 0, message: "the file is empty")]) }
        guard first.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) == header else {
            throw .invalid([Diagnostic(path: path, line: first.line, column: 0,
                                       message: "header must be \(header.joined(separator: ",")), found \(first.fields.joined(separator: ","))")])
        }
        var problems: [Diagnostic] = []
        var result: [Change] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            do throws(MigofError) {
                let change = try row(record, store: store, framework: framework)
                let key = "\(change.iso3) \(change.year) \(change.indicator)"
                if let earlier = seen[key] { throw .unknown("\(key) is answered twice (first on line \(earlier))") }
                seen[key] = record.line
                result.append(change)
            } catch {
                problems.append(Diagnostic(path: path, line: record.line, column: 0, message: error.description))
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return result
    }

    private static func row(_ record: CSVReader.Record, store: Store, framework: Framework) throws(MigofError) -> Change {
        guard record.fields.count == header.count else {
            throw .unknown("expected \(header.count) fields, found \(record.fields.count)")
        }
        let f = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let country = store.countries[f[0].uppercased()] else {
            throw .unknown("no country '\(f[0])' in the store; use its ISO3 code")
        }
        guard let year = Int(f[1]), f[1].count == 4, (1900...2200).contains(year) else {
            throw .unknown("year '\(f[1])' must be a four-digit year")
        }
        guard let indicator = framework.indicatorID(matching: f[2]) else { throw .unknown(framework.unknownIndicatorMessage(f[2])) }
        let assessment = country.assessments[year]
        let old = assessment?.scores[indicator]
        var new = old
        if f[3].lowercased() == "none" {
            new = nil
        } else if !f[3].isEmpty {
            guard let answer = framework.parseAnswer(f[3], of: indicator) else {
                throw .unknown(answerProblem(f[3], indicator: indicator, framework: framework))
            }
            new = answer
        }
        let oldNote = assessment?.notes[indicator]
        // Refused here rather than at apply, so the message names the row's line.
        if !f[4].isEmpty { try Assessment.checkNewNote(f[4]) }
        let newNote = f[4].isEmpty ? oldNote : f[4]
        return Change(line: record.line, iso3: country.iso3, year: year, indicator: indicator,
                      oldAnswer: old, newAnswer: new, oldNote: oldNote, newNote: newNote)
    }

    /// "answer 'maybe' is not an option of 1c: 1 yes, 2 legal-only, 3 no (or none to clear)".
    public static func answerProblem(_ typed: String, indicator: String, framework: Framework) -> String {
        let list = framework.options(for: indicator).enumerated()
            .map { "\($0.offset + 1) \($0.element.short) (\($0.element.valueText))" }.joined(separator: ", ")
        return "answer '\(typed)' is not an option of \(indicator): \(list), or none to clear"
    }

    /// Applies checked changes (from `changes`) to `store`.
    public static func apply(_ changes: [Change], to store: inout Store, framework: Framework) throws(MigofError) {
        for change in changes where change.changes {
            try store.setScore(change.newAnswer, indicator: change.indicator, country: change.iso3, year: change.year, framework: framework)
            try store.setNote(change.newNote, indicator: change.indicator, country: change.iso3, year: change.year, framework: framework)
        }
    }

    /// `CAN 2021 1c: – → yes`, with the note when it changes.
    public static func describe(_ change: Change, framework: Framework) -> String {
        var text = "\(change.iso3) \(change.year) \(change.indicator): "
            + "\(framework.answerText(change.oldAnswer, of: change.indicator)) → \(framework.answerText(change.newAnswer, of: change.indicator))"
        if change.oldNote != change.newNote { text += " (note: \(change.newNote ?? "cleared"))" }
        return text
    }
}
