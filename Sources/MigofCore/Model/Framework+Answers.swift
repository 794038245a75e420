import Foundation

extension Framework {
    /// The answer options of an indicator, in key order; empty for an unknown id.
    public func options(for indicatorID: String) -> [AnswerOption] {
        indicator(indicatorID)?.options ?? []
    }

    /// The option an answer (an ordinal, 1-based) stands for, or nil when out of range.
    public func option(_ answer: Int, of indicatorID: String) -> AnswerOption? {
        let options = options(for: indicatorID)
        return options.indices.contains(answer - 1) ? options[answer - 1] : nil
    }

    /// The valid answers (ordinals) of an indicator: `1...3` for three options.
    public func answerRange(of indicatorID: String) -> ClosedRange<Int>? {
        let count = options(for: indicatorID).count
        return count == 0 ? nil : 1...count
    }

    /// The ordinal of the option whose value is `value`, the way stores and journals are read.
    public func answer(forValue value: Double, of indicatorID: String) -> Int? {
        options(for: indicatorID).firstIndex { $0.value == value }.map { $0 + 1 }
    }

    /// The value written to disk for an answer.
    public func value(ofAnswer answer: Int, of indicatorID: String) -> Double? {
        option(answer, of: indicatorID)?.value
    }

    /// "yes", or "–" for no answer: how the CLI and the status bar name an answer.
    public func answerText(_ answer: Int?, of indicatorID: String) -> String {
        guard let answer else { return "–" }
        return option(answer, of: indicatorID)?.short ?? String(answer)
    }

    /// "1 yes · 2 legal-only · 3 no": an indicator's digit keys and what they pick, for the
    /// footer and help; empty for an unknown id.
    public func keyHint(for indicatorID: String) -> String {
        options(for: indicatorID).enumerated().map { "\($0.offset + 1) \($0.element.short)" }.joined(separator: " · ")
    }

    /// Reads an answer as a person types it: the option's number (its key), its value, its
    /// label or its short label, ignoring case. Numbers are tried as keys first, so on a 1–4
    /// scale `3` is the third option, whose value is also 3.
    public func parseAnswer(_ text: String, of indicatorID: String) -> Int? {
        let options = options(for: indicatorID)
        let typed = text.trimmingCharacters(in: .whitespaces)
        if let key = Int(typed), options.indices.contains(key - 1) { return key }
        if let number = Double(typed), let index = options.firstIndex(where: { $0.value == number }) { return index + 1 }
        let folded = typed.lowercased()
        if let index = options.firstIndex(where: { $0.short.lowercased() == folded || $0.label.lowercased() == folded }) {
            return index + 1
        }
        return nil
    }

    /// How `+` (`by: 1`) and `-` (`by: -1`) change an answer: one option on, never wrapping.
    /// `-` on an unanswered indicator does nothing; `+` on one picks the first option.
    public func step(_ answer: Int?, by delta: Int, of indicatorID: String) -> Int? {
        guard let range = answerRange(of: indicatorID) else { return answer }
        guard let answer else { return delta > 0 ? range.lowerBound : nil }
        return min(max(answer + delta, range.lowerBound), range.upperBound)
    }

    /// The first indicator after `indicatorID` (in framework order, crossing into the next
    /// areas, then wrapping to the start) that has no answer in `answers`; nil when every
    /// other indicator is answered.
    public func nextUnanswered(after indicatorID: String, in answers: IDMap<Int>) -> String? {
        let ids = indicatorIDs
        guard !ids.isEmpty else { return nil }
        let start = position(ofIndicator: indicatorID) ?? -1
        for offset in 1...ids.count {
            let index = (start + offset) % ids.count
            if index == start { continue }
            if answers[ids[index]] == nil { return ids[index] }
        }
        return nil
    }

    /// The framework's own spelling of an indicator id typed in any case, or nil.
    public func indicatorID(matching typed: String) -> String? {
        if areaID(ofIndicator: typed) != nil { return typed }
        return indicatorIDs.first { $0.caseInsensitiveCompare(typed) == .orderedSame }
    }

    /// "did you mean 1c?": the known ids closest to an unknown one (at most three).
    public func suggestions(forIndicator typed: String) -> [String] {
        let folded = typed.lowercased()
        let scored = indicatorIDs.map { ($0, Self.distance(folded, $0.lowercased())) }
        let best = scored.filter { $0.1 <= max(1, folded.count / 2) }.sorted { $0.1 < $1.1 }
        return Array(best.prefix(3).map(\.0))
    }

    /// The message for an indicator id the framework does not know.
    public func unknownIndicatorMessage(_ typed: String) -> String {
        let near = suggestions(forIndicator: typed)
        let hint = near.isEmpty
            ? "the framework \(id) has \(indicatorIDs.first ?? "")…\(indicatorIDs.last ?? "")"
            : "did you mean \(near.joined(separator: ", "))?"
        return "unknown indicator '\(typed)'; \(hint)"
    }

    /// Levenshtein distance, for suggestions among a few dozen short ids.
    private static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty else { return y.count }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return row[y.count]
    }
}
