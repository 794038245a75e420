extension Store {
    /// Applies an edit after checking it: the country, year and indicator must exist, values
    /// must be on the scale, and the store must hold the edit's old value. Nothing changes
    /// when it throws.
    public mutating func apply(_ edit: Edit, framework: Framework) throws(MigofError) {
        switch edit {
        case let .score(code, year, indicator, old, new):
            try checkIndicator(indicator, framework)
            try checkScore(new, indicator, framework)
            let current = try assessment(code, year).scores[indicator]
            guard current == old else { throw conflict(edit, found: current.map(String.init) ?? "unscored") }
            countries[code]!.assessments[year]!.scores[indicator] = new
        case let .note(code, year, indicator, old, new):
            try checkIndicator(indicator, framework)
            let current = try assessment(code, year).notes[indicator]
            guard current == old else { throw conflict(edit, found: current ?? "no note") }
            countries[code]!.assessments[year]!.notes[indicator] = new.flatMap { $0.isEmpty ? nil : $0 }
        case let .scores(code, year, old, new):
            for (indicator, value) in new {
                try checkIndicator(indicator, framework)
                try checkScore(value, indicator, framework)
            }
            let current = try assessment(code, year).scores
            guard current == old else { throw conflict(edit, found: "other scores") }
            countries[code]!.assessments[year]!.scores = new
        case let .assessment(code, year, old, new):
            guard countries[code] != nil else { throw .unknown("no country \(code) in the store") }
            guard (1900...2200).contains(year) else { throw .unknown("year \(year) must be between 1900 and 2200") }
            let current = countries[code]!.assessments[year]
            guard current == old else { throw conflict(edit, found: current == nil ? "no such year" : "an existing year") }
            if let new { try checkSources(of: new, "\(code) \(year)") }
            countries[code]!.assessments[year] = new
        case let .country(code, old, new):
            let current = countries[code]
            guard current == old else { throw conflict(edit, found: current == nil ? "no such country" : "an existing country") }
            if let new, new.iso3 != code { throw .unknown("country \(new.iso3) cannot be stored under \(code)") }
            if let new {
                if let problem = EntityKey.problem(code) { throw .unknown("country \(code): \(problem)") }
                for (year, assessment) in new.assessments { try checkSources(of: assessment, "\(code) \(year)") }
            }
            countries[code] = new
        case let .conflict(record, resolving, old, new):
            try applyConflict(edit, record, resolving: resolving, old: old, new: new, framework: framework)
        }
    }

    /// Resolves a conflict (or brings it back) after checking that the store is as the edit
    /// expects: the conflict present (absent), and its place holding `old`.
    private mutating func applyConflict(_ edit: Edit, _ record: StoreConflict, resolving: Bool, old: ConflictValue,
                                        new: ConflictValue, framework: Framework) throws(MigofError) {
        let present = conflicts.contains { $0.id == record.id }
        guard present == resolving else { throw conflict(edit, found: present ? "the conflict still open" : "no such conflict") }
        let current = currentValue(of: record)
        guard current == old else { throw conflict(edit, found: current.text(key: record.key, framework: framework)) }
        if case .score(let answer) = new { try checkScore(answer, record.key ?? "", framework) }
        var copy = self
        try copy.set(new, at: record)
        if resolving {
            copy.conflicts.removeAll { $0.id == record.id }
        } else {
            copy.conflicts.append(record)
            copy.conflicts.sort { $0.id < $1.id }
        }
        self = copy
    }

    private func assessment(_ code: String, _ year: Int) throws(MigofError) -> Assessment {
        guard let country = countries[code] else { throw .unknown("no country \(code) in the store") }
        guard let assessment = country.assessments[year] else { throw .unknown("\(country.name) has no assessment for \(year)") }
        return assessment
    }

    /// A published rating must cite a source of the store's table, or the store that a
    /// recovery saves would be refused when read (fuzzing found a journal doing just that).
    private func checkSources(of assessment: Assessment, _ what: String) throws(MigofError) {
        let ratings = [("overall", assessment.reportedOverall)] + assessment.reportedAreas.map { ($0.key, Optional($0.value)) }
        for case let (key, rating?) in ratings where sources[rating.source] == nil {
            throw .unknown("source '\(rating.source)' of \(what) \(key) is not in the store's sources table")
        }
    }

    private func checkIndicator(_ id: String, _ framework: Framework) throws(MigofError) {
        guard framework.areaID(ofIndicator: id) != nil else {
            throw .unknown("unknown indicator '\(id)'; the framework does not define it")
        }
    }

    private func checkScore(_ score: Int?, _ indicator: String, _ framework: Framework) throws(MigofError) {
        guard let score else { return }
        try Store.checkAnswer(score, indicator: indicator, framework: framework)
    }

    private func conflict(_ edit: Edit, found: String) -> MigofError {
        .invalid([Diagnostic(path: edit.countryCode, line: 0, column: 0,
                             message: "edit does not match the store (\(edit.summary); found \(found))")])
    }
}
