extension Store {
    /// Sets or clears one indicator score, creating the assessment year when needed.
    /// Refuses unknown countries, unknown indicator ids and scores outside the scale.
    public mutating func setScore(_ score: Int?, indicator: String, country iso3: String, year: Int,
                                  framework: Framework) throws(MigofError) {
        try check(indicator: indicator, country: iso3, framework: framework)
        if let score { try Store.checkAnswer(score, indicator: indicator, framework: framework) }
        countries[iso3]!.assessments[year, default: Assessment()].scores[indicator] = score
    }

    /// Sets or clears (nil or empty) the note of one indicator. A note is one line of printable
    /// text: one holding a control character (a line break, tab or escape) is refused.
    public mutating func setNote(_ note: String?, indicator: String, country iso3: String, year: Int,
                                 framework: Framework) throws(MigofError) {
        try check(indicator: indicator, country: iso3, framework: framework)
        if let note, let problem = ControlText.problem(in: note, what: "the note") { throw .unknown(problem) }
        let cleaned = note.flatMap { $0.isEmpty ? nil : $0 }
        countries[iso3]!.assessments[year, default: Assessment()].notes[indicator] = cleaned
    }

    /// Refuses an answer (an option number) the indicator does not have.
    static func checkAnswer(_ answer: Int, indicator: String, framework: Framework) throws(MigofError) {
        guard framework.option(answer, of: indicator) == nil else { return }
        let options = framework.options(for: indicator)
        let list = options.enumerated().map { "\($0.offset + 1) \($0.element.short)" }.joined(separator: ", ")
        throw .unknown("answer \(answer) is not an option of \(indicator); its options are \(list)")
    }

    private func check(indicator: String, country iso3: String, framework: Framework) throws(MigofError) {
        guard countries[iso3] != nil else { throw .unknown("no country \(iso3) in the store") }
        guard framework.areaID(ofIndicator: indicator) != nil else {
            throw .unknown(framework.unknownIndicatorMessage(indicator))
        }
    }
}
