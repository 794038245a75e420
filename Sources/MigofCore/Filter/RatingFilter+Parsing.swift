extension RatingFilter {
    /// Why a filter line was refused, in words the status bar shows as they are.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Parses a filter line: clauses separated by spaces or commas, each `COLUMN OP N`
    /// (`overall=1`, `P3 <= 2`, `p3≤2`; OP is = != < <= > >= ≤ ≥ ≠), `COLUMN=BASIS` or
    /// `COLUMN!=BASIS` (BASIS: published, assessed, partial, unrated), a bare BASIS for the
    /// overall rating, or `data` for countries with an assessment in the year. Columns are
    /// `overall` (or `all`) and the framework's area ids.
    public static func parse(_ line: String, framework: Framework) throws(ParseError) -> RatingFilter {
        let words = tokens(line)
        guard !words.isEmpty else { throw ParseError(description: "filter: empty; try overall=1, P3<=2, assessed or data") }
        var clauses: [Clause] = []
        for word in words { clauses.append(try clause(word, framework: framework)) }
        return RatingFilter(clauses: clauses)
    }

    /// The clauses of a line, with the spaces around operators taken out so `P3 <= 2` is one word.
    static func tokens(_ line: String) -> [String] {
        var text = line
        for (sign, ascii) in [("≤", "<="), ("≥", ">="), ("≠", "!="), ("==", "=")] {
            text = text.replacing(sign, with: ascii)
        }
        let operators: Set<Character> = ["<", ">", "=", "!"]
        var joined = "", pendingSpace = false
        for character in text {
            if character == " " || character == "," || character == "\t" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !joined.isEmpty, !operators.contains(character), !operators.contains(joined.last!) {
                joined.append(" ")
            }
            pendingSpace = false
            joined.append(character)
        }
        return joined.split(separator: " ").map(String.init)
    }

    private static func clause(_ word: String, framework: Framework) throws(ParseError) -> Clause {
        let lower = word.lowercased()
        guard let start = word.firstIndex(where: { "<>=!".contains($0) }) else {
            if lower == "data" { return .hasData }
            if let basis = Basis(word: lower) { return .basis(area: nil, basis, negated: false) }
            throw ParseError(description: "filter: '\(word)' is no clause; try overall=1, P3<=2, assessed or data")
        }
        let column = String(word[..<start])
        let rest = word[start...]
        let sign = String(rest.prefix { "<>=!".contains($0) })
        let value = String(rest.dropFirst(sign.count))
        let area = try Self.column(column, framework: framework, clause: word)
        guard let comparison = Comparison(rawValue: sign) else {
            throw ParseError(description: "filter: '\(sign)' in '\(word)' is no operator; use = != < <= > >= ≤ ≥ ≠")
        }
        if let number = Int(value) {
            let scale = framework.scoreRange
            guard scale.contains(number) else {
                throw ParseError(description: "filter: \(number) in '\(word)' is off the scale \(scale.lowerBound) to \(scale.upperBound)")
            }
            return .rating(area: area, comparison, number)
        }
        if let basis = Basis(word: value.lowercased()), comparison == .equal || comparison == .notEqual {
            return .basis(area: area, basis, negated: comparison == .notEqual)
        }
        throw ParseError(description: "filter: '\(value)' in '\(word)' is neither a rating nor published, assessed, partial or unrated")
    }

    /// nil for the overall rating, else the area's id as the framework spells it.
    private static func column(_ text: String, framework: Framework, clause: String) throws(ParseError) -> String? {
        if ["overall", "all"].contains(text.lowercased()) { return nil }
        if let area = framework.area(text) { return area.id }
        let ids = framework.areas.map(\.id).joined(separator: ", ")
        let name = text.isEmpty ? "a column" : "'\(text)'"
        throw ParseError(description: "filter: \(name) in '\(clause)' is no column; use overall or \(ids)")
    }
}

extension RatingFilter.Basis {
    /// The basis a word names; `reported` is the store's word for published, `none` for unrated.
    init?(word: String) {
        switch word {
        case "published", "reported": self = .published
        case "assessed": self = .assessed
        case "partial": self = .partial
        case "unrated", "none": self = .unrated
        default: return nil
        }
    }
}
