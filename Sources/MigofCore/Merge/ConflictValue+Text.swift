/// Values as `migof diff`, `--textconv` and `migof conflicts` print them.
extension ConflictValue {
    /// `yes`, `unscored`, `"a note"`, `(none)`, `3 (un-sdg-owid)`, `removed`.
    public func text(key: String?, framework: Framework) -> String {
        switch self {
        case .score(let answer): return ValueText.answer(answer, of: key ?? "", framework: framework)
        case .note(let note), .text(let note): return note.map(ValueText.quoted) ?? "(none)"
        case .reported(let rating): return rating.map(ValueText.rating) ?? "(none)"
        case .assessment(let assessment):
            return assessment.map { "a year with \($0.scores.count) answers, \($0.notes.count) notes" } ?? "removed"
        case .country(let country):
            return country.map { "\($0.name), \($0.assessments.count) years" } ?? "removed"
        }
    }
}

/// Shared wording of values in the line-oriented reports.
public enum ValueText {
    /// A string on one line, as JSON writes it: quoted, newlines and quotes escaped.
    public static func quoted(_ text: String) -> String {
        JSONWriter.line(.string(text))
    }

    /// An answer by its option's short label (`yes`, `legal-only`), or `unscored`.
    public static func answer(_ answer: Int?, of id: String, framework: Framework) -> String {
        answer.map { framework.answerText($0, of: id) } ?? "unscored"
    }

    /// `3 (un-sdg-owid)`, with the caveat when there is one.
    public static func rating(_ rating: ReportedRating) -> String {
        "\(rating.rating) (\(rating.source))" + (rating.caveat.map { " caveat \(quoted($0))" } ?? "")
    }

    /// `CAN 2021 1c: no → yes`, `CAN 2021 1c note: (none) → "…"`, `CAN: country removed`.
    public static func summary(_ e: AuditEntry, framework: Framework) -> String {
        var place = e.country
        if let year = e.year { place += " \(year)" }
        switch e.change {
        case .score:
            let id = e.indicator ?? ""
            return "\(place) \(id): \(answer(e.oldScore, of: id, framework: framework)) → \(answer(e.newScore, of: id, framework: framework))"
        case .note:
            return "\(place) \(e.indicator ?? "") note: \(e.oldNote.map(quoted) ?? "(none)") → \(e.newNote.map(quoted) ?? "(none)")"
        case .conflictResolved:
            return "\(place)\(e.indicator.map { " \($0)" } ?? ""): conflict resolved, took \(e.newNote ?? "?")"
        default:
            return "\(place): \(e.change.rawValue)"
        }
    }
}
