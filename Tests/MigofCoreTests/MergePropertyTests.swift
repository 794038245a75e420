import Testing
@testable import MigofCore

/// For random edit sets A and B on a base store that touch no value in common, the merge
/// equals applying both sets, whichever side is ours (audit order aside, which is by time).
@Suite struct MergePropertyTests {
    let framework = Fixtures.sdg

    /// One side's edits: answers and notes of existing years, a year added, a country
    /// removed, a country added, each on a slot the other side does not touch.
    struct Edits {
        var apply: [(inout Store) throws -> Void] = []
    }

    /// Splits random slots between two sides, so no value is edited by both.
    func edits(seed: UInt64, base: Store) -> (Edits, Edits) {
        var rng = SplitMix64(seed: seed)
        var a = Edits(), b = Edits()
        var touchedCountries: [String: Bool] = [:]  // country → side (true: A)
        var used: Set<String> = []
        let codes = base.codes
        for _ in 0..<rng.next(in: 2...14) {
            let code = rng.pick(codes)
            guard let year = base.countries[code]!.years.first else { continue }
            let id = rng.pick(framework.indicatorIDs)
            let note = rng.oneIn(3)
            let slot = "\(code) \(year) \(id) \(note)"
            guard used.insert(slot).inserted else { continue }
            let toA = rng.oneIn(2)
            touchedCountries[code] = touchedCountries[code].map { $0 == toA ? $0 : !toA } ?? toA
            let current = base.countries[code]!.assessments[year]!
            let fw = framework
            let edit: (inout Store) throws -> Void
            if note {
                let text: String? = current.notes[id] == nil ? "note \(seed) \(slot)" : (rng.oneIn(2) ? nil : "changed \(seed)")
                edit = { try $0.setNote(text, indicator: id, country: code, year: year, framework: fw) }
            } else {
                let options = framework.options(for: id).count
                var answer: Int? = rng.next(in: 1...options)
                if answer == current.scores[id] { answer = nil }
                if answer == nil, current.scores[id] == nil { answer = 1 }
                let value = answer
                edit = { try $0.setScore(value, indicator: id, country: code, year: year, framework: fw) }
            }
            if toA { a.apply.append(edit) } else { b.apply.append(edit) }
        }
        // Whole-country and whole-year changes on countries neither side edits otherwise.
        let free = codes.filter { touchedCountries[$0] == nil }
        let removed = rng.pick(free), extended = rng.pick(free.filter { $0 != removed })
        a.apply.append { $0.countries[removed] = nil }
        b.apply.append { $0.countries[extended]!.assessments[2030] = Assessment(scores: ["1a": 1]) }
        a.apply.append { $0.countries["XA01"] = Country(iso3: "XA01", iso2: "", m49: "", name: "City A", region: "", subRegion: "") }
        b.apply.append { $0.countries["XB01"] = Country(iso3: "XB01", iso2: "", m49: "", name: "City B", region: "", subRegion: "",
                                                        assessments: [2024: Assessment(notes: ["2b": "new"])]) }
        return (a, b)
    }

    /// A side: the base with its edits, audited at its own time by its own user.
    func side(_ base: Store, _ edits: Edits, user: String, time: String) throws -> Store {
        var store = base
        for edit in edits.apply { try edit(&store) }
        store.audit = Store.canonicalAudit(base.audit + AuditEntry.changes(from: base, to: store, framework: framework,
                                                                           time: time, user: user))
        return store
    }

    private func sortedAudit(_ entries: [AuditEntry]) -> [String] {
        entries.map { "\($0)" }.sorted()
    }

    @Test(arguments: 0..<24)
    func mergeEqualsApplyingBothEditSets(seed: Int) throws {
        var base = Fixtures.importedSDG
        base.audit = [AuditEntry(time: "2026-11-30T08:00:00Z", user: "base", change: .score, country: "CAN", year: 2021,
                                 indicator: "1a", oldScore: nil, newScore: nil)]
        let (a, b) = edits(seed: UInt64(seed) &* 7919 &+ 1, base: base)
        let ours = try side(base, a, user: "ana", time: "2026-12-01T10:00:0\(seed % 10)Z")
        let theirs = try side(base, b, user: "ben", time: "2026-12-01T10:00:0\((seed + 3) % 10)Z")
        var both = base
        for edit in a.apply + b.apply { try edit(&both) }
        let ab = StoreMerge.merge(base: base, ours: ours, theirs: theirs, framework: framework)
        let ba = StoreMerge.merge(base: base, ours: theirs, theirs: ours, framework: framework)
        #expect(ab.conflicts.isEmpty && ba.conflicts.isEmpty)
        #expect(ab.countries == both.countries, "merge(base, A, B) is both edit sets applied")
        #expect(ba.countries == both.countries, "merge(base, B, A) too")
        #expect(ab.sources == base.sources)
        let expectedAudit = base.audit + StoreMerge.subtracting(base.audit, from: ours.audit)
            + StoreMerge.subtracting(base.audit, from: theirs.audit)
        #expect(sortedAudit(ab.audit) == sortedAudit(expectedAudit))
        #expect(sortedAudit(ba.audit) == sortedAudit(expectedAudit))
        #expect(ab.audit == Store.canonicalAudit(ab.audit), "the merged trail is in time order")
        // The merged store is a valid store: it survives its own file format.
        let bytes = ab.encodedBytes(framework: framework)
        #expect(try Store.parse(bytes, path: "merged", framework: framework) == ab)
    }
}
