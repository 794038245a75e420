/// `migof diff --textconv`: a store as sorted text, one line per value, for git's
/// `diff.<driver>.textconv`, so that `git diff` and `git log -p` read `CAN 2021 1c: yes`
/// instead of line numbers inside a JSON file.
public enum StoreText {
    public static func lines(_ store: Store, framework: Framework) -> [String] {
        var lines = ["store framework \(framework.id) version \(framework.version)"]
        for id in store.sources.keys.sorted() {
            let s = store.sources[id]!
            lines.append("source \(id): \(ValueText.quoted(s.citation)) \(ValueText.quoted(s.publisher)) "
                         + "\(ValueText.quoted(s.path)) \(ValueText.quoted(s.licence))")
        }
        for code in store.codes {
            let country = store.countries[code]!
            for key in Store.metadataKeys {
                lines.append("\(code) \(key): \(ValueText.quoted(Store.metadata(country, key) ?? ""))")
            }
            for year in country.years {
                lines += assessmentLines(country.assessments[year]!, "\(code) \(year)", framework: framework)
            }
        }
        for entry in store.audit {
            lines.append("audit \(entry.time) \(entry.user) \(ValueText.summary(entry, framework: framework))")
        }
        for conflict in store.conflicts {
            lines.append(ConflictReport.line(conflict, framework: framework))
        }
        return lines
    }

    /// Every value of one assessment: published ratings, then each indicator's answer (also
    /// `unscored`, so scoring one changes one line) and its note when it has one.
    static func assessmentLines(_ a: Assessment, _ place: String, framework: Framework) -> [String] {
        var lines: [String] = []
        if let overall = a.reportedOverall { lines.append("\(place) reported overall: \(ValueText.rating(overall))") }
        for area in framework.areas {
            if let rating = a.reportedAreas[area.id] { lines.append("\(place) reported \(area.id): \(ValueText.rating(rating))") }
        }
        for id in framework.indicatorIDs {
            lines.append("\(place) \(id): \(ValueText.answer(a.scores[id], of: id, framework: framework))")
            if let note = a.notes[id] { lines.append("\(place) \(id) note: \(ValueText.quoted(note))") }
        }
        return lines
    }
}
