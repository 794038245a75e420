/// The three-way merge of stores behind `migof merge`, git's merge driver.
///
/// Per value (an answer, a note, a published rating, a metadata field): a change on one side
/// wins, the same change on both sides is one change, and different changes are a conflict:
/// the result keeps ours and records base, ours and theirs in `conflicts`, so the file stays
/// valid and nothing is lost. Countries and years added on both sides are merged value by
/// value; a removal against an edit is a conflict of the whole country or year. Audit entries
/// of both sides are kept, in time order.
public struct StoreMerge {
    public let base: Store
    public let ours: Store
    public let theirs: Store
    public let framework: Framework

    /// Entries each side added since the base, to name who made a conflicting change.
    private let oursAdded: [AuditEntry]
    private let theirsAdded: [AuditEntry]
    private var conflicts: [StoreConflict] = []

    public init(base: Store, ours: Store, theirs: Store, framework: Framework) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.framework = framework
        oursAdded = Self.subtracting(base.audit, from: ours.audit)
        theirsAdded = Self.subtracting(base.audit, from: theirs.audit)
    }

    /// The merged store; its `conflicts` holds those of both sides and the new ones.
    public static func merge(base: Store, ours: Store, theirs: Store, framework: Framework) -> Store {
        var merger = StoreMerge(base: base, ours: ours, theirs: theirs, framework: framework)
        return merger.run()
    }

    private mutating func run() -> Store {
        var result = Store()
        let codes = Set(base.countries.keys).union(ours.countries.keys).union(theirs.countries.keys).sorted()
        for code in codes {
            result.countries[code] = mergeCountry(code)
        }
        result.sources = theirs.sources.merging(ours.sources) { mine, _ in mine }
        result.audit = Store.canonicalAudit(ours.audit + Self.subtracting(ours.audit, from: theirs.audit))
        let kept = ours.conflicts + theirs.conflicts.filter { t in !ours.conflicts.contains { Self.same($0, t) } }
        result.conflicts = (kept + conflicts).enumerated().map { index, conflict in
            var numbered = conflict
            numbered.id = index + 1
            return numbered
        }
        return result
    }

    private mutating func mergeCountry(_ code: String) -> Country? {
        let b = base.countries[code], o = ours.countries[code], t = theirs.countries[code]
        if o == t { return o }
        if o == b { return t }
        if t == b { return o }
        guard var merged = o, let t else {
            record(code, nil, .country, nil, .country(b), .country(o), .country(t))
            return o
        }
        for key in Store.metadataKeys {
            let base = b.flatMap { Store.metadata($0, key) }
            let mine = Store.metadata(merged, key), other = Store.metadata(t, key)
            if let value = pick(base, mine, other, { record(code, nil, .metadata, key, .text($0), .text($1), .text($2)) }) {
                Store.setMetadata(&merged, key, value)
            }
        }
        let years = Set(b?.assessments.keys.map { $0 } ?? []).union(merged.assessments.keys).union(t.assessments.keys)
        for year in years.sorted() {
            merged.assessments[year] = mergeAssessment(code, year, b?.assessments[year], merged.assessments[year],
                                                       t.assessments[year])
        }
        return merged
    }

    private mutating func mergeAssessment(_ code: String, _ year: Int, _ b: Assessment?, _ o: Assessment?,
                                          _ t: Assessment?) -> Assessment? {
        if o == t { return o }
        if o == b { return t }
        if t == b { return o }
        guard var merged = o, let t else {
            record(code, year, .assessment, nil, .assessment(b), .assessment(o), .assessment(t))
            return o
        }
        // A year added on both sides merges value by value, as if from an empty year.
        let base = b ?? Assessment()
        merged.reportedOverall = pick(base.reportedOverall, merged.reportedOverall, t.reportedOverall) {
            record(code, year, .reported, "overall", .reported($0), .reported($1), .reported($2))
        }
        for area in framework.areas {
            merged.reportedAreas[area.id] = pick(base.reportedAreas[area.id], merged.reportedAreas[area.id],
                                                 t.reportedAreas[area.id]) {
                record(code, year, .reported, area.id, .reported($0), .reported($1), .reported($2))
            }
        }
        for id in framework.indicatorIDs {
            merged.scores[id] = pick(base.scores[id], merged.scores[id], t.scores[id]) {
                record(code, year, .score, id, .score($0), .score($1), .score($2))
            }
            merged.notes[id] = pick(base.notes[id], merged.notes[id], t.notes[id]) {
                record(code, year, .note, id, .note($0), .note($1), .note($2))
            }
        }
        return merged
    }

    /// One value: theirs when only they changed it, else ours; `conflict` hears the three
    /// values when both changed it differently.
    private func pick<T: Equatable>(_ b: T, _ o: T, _ t: T, _ conflict: (T, T, T) -> Void) -> T {
        if o == t || t == b { return o }
        if o == b { return t }
        conflict(b, o, t)
        return o
    }

    private mutating func record(_ code: String, _ year: Int?, _ field: StoreConflict.Field, _ key: String?,
                                 _ b: ConflictValue, _ o: ConflictValue, _ t: ConflictValue) {
        conflicts.append(StoreConflict(id: 0, country: code, year: year, field: field, key: key, base: b, ours: o, theirs: t,
                                       oursBy: Self.stamp(oursAdded, code, year, key),
                                       theirsBy: Self.stamp(theirsAdded, code, year, key)))
    }

    /// Who last changed this place on one side: the latest entry for the indicator or area,
    /// else for the year, else for the country.
    static func stamp(_ entries: [AuditEntry], _ code: String, _ year: Int?, _ key: String?) -> StoreConflict.Stamp? {
        let country = entries.filter { $0.country == code }
        let inYear = year == nil ? country : country.filter { $0.year == year }
        let exact = key == nil ? inYear : inYear.filter { $0.indicator == key }
        guard let entry = (exact.last ?? inYear.last ?? country.last) else { return nil }
        return StoreConflict.Stamp(user: entry.user, time: entry.time)
    }

    /// `entries` without one occurrence of each of `removed` (a multiset difference).
    static func subtracting(_ removed: [AuditEntry], from entries: [AuditEntry]) -> [AuditEntry] {
        var counts: [String: Int] = [:]
        for entry in removed { counts[key(entry), default: 0] += 1 }
        return entries.filter { entry in
            let k = key(entry)
            guard let n = counts[k], n > 0 else { return true }
            counts[k] = n - 1
            return false
        }
    }

    private static func key(_ e: AuditEntry) -> String {
        [e.time, e.user, e.change.rawValue, e.country, e.year.map(String.init) ?? "", e.indicator ?? "",
         e.oldScore.map(String.init) ?? "", e.newScore.map(String.init) ?? "", e.oldNote ?? "\u{0}", e.newNote ?? "\u{0}"]
            .joined(separator: "\u{1}")
    }

    /// The same conflict, whatever its number.
    private static func same(_ a: StoreConflict, _ b: StoreConflict) -> Bool {
        var b = b
        b.id = a.id
        return a == b
    }
}
