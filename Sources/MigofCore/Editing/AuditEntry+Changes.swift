extension AuditEntry {
    /// The audit entries for going from `old` to `new`: one per changed score, note or
    /// published rating, and one per year or country added or removed. Only `countries` are compared (all when nil),
    /// so a save costs what was edited, not what the store holds.
    public static func changes(from old: Store, to new: Store, countries: Set<String>? = nil,
                               framework: Framework, time: String, user: String) -> [AuditEntry] {
        let codes = (countries.map(Array.init) ?? Array(Set(old.countries.keys).union(new.countries.keys))).sorted()
        var entries: [AuditEntry] = []
        for code in codes {
            let before = old.countries[code], after = new.countries[code]
            if before == nil, after != nil {
                entries.append(AuditEntry(time: time, user: user, change: .countryAdded, country: code))
            }
            let years = Set(before?.assessments.keys.map { $0 } ?? []).union(after?.assessments.keys.map { $0 } ?? []).sorted()
            for year in years {
                let a = before?.assessments[year], b = after?.assessments[year]
                if a == nil, b != nil {
                    entries.append(AuditEntry(time: time, user: user, change: .yearAdded, country: code, year: year))
                }
                entries += ratingChanges(a, b, country: code, year: year, framework: framework, time: time, user: user)
                for id in framework.indicatorIDs {
                    let oldScore = a?.scores[id], newScore = b?.scores[id]
                    if oldScore != newScore {
                        entries.append(AuditEntry(time: time, user: user, change: .score, country: code, year: year,
                                                  indicator: id, oldScore: oldScore, newScore: newScore))
                    }
                    let oldNote = a?.notes[id], newNote = b?.notes[id]
                    if oldNote != newNote {
                        entries.append(AuditEntry(time: time, user: user, change: .note, country: code, year: year,
                                                  indicator: id, oldNote: oldNote, newNote: newNote))
                    }
                }
                if a != nil, b == nil {
                    entries.append(AuditEntry(time: time, user: user, change: .yearRemoved, country: code, year: year))
                }
            }
            if before != nil, after == nil {
                entries.append(AuditEntry(time: time, user: user, change: .countryRemoved, country: code))
            }
        }
        return entries
    }

    /// One `rating` entry per published rating (overall, then each area) that differs.
    private static func ratingChanges(_ a: Assessment?, _ b: Assessment?, country: String, year: Int,
                                      framework: Framework, time: String, user: String) -> [AuditEntry] {
        let pairs = [("overall", a?.reportedOverall, b?.reportedOverall)]
            + framework.areas.map { ($0.id, a?.reportedAreas[$0.id], b?.reportedAreas[$0.id]) }
        return pairs.compactMap { id, old, new in
            old == new ? nil : AuditEntry(time: time, user: user, change: .rating, country: country, year: year, indicator: id,
                                          oldScore: old?.rating, newScore: new?.rating, oldNote: old?.source, newNote: new?.source)
        }
    }
}
