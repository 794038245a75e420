/// What moved between two rounds: every country assessed in both years, with the change of
/// its overall rating and of each area (`2→3 ▲`), and a summary per measure counted from the
/// same rows. One model for the rounds screen and `migof rounds`, so they cannot disagree.
public struct RoundsTable: Sendable {
    /// One country's changes; `changes[0]` is the overall rating, then the areas in order.
    public struct Row: Sendable, Equatable {
        public var iso3: String
        public var name: String
        public var region: String
        /// Nil where the two rounds are not comparable for that measure.
        public var changes: [RoundChange?]

        /// The overall change.
        public var overall: RoundChange? { changes[0] }
    }

    /// "Overall: 62 in both rounds · 12 up, 9 down, 41 unchanged".
    public struct Summary: Sendable, Equatable {
        /// "Overall" or an area id.
        public var measure: String
        /// Countries whose two ratings compare for this measure.
        public var both: Int
        public var up: Int
        public var down: Int
        public var unchanged: Int

        public var text: String {
            "\(measure): \(both) in both rounds · \(up) up, \(down) down, \(unchanged) unchanged"
        }
    }

    public let from: Int
    public let to: Int
    /// "Overall", then the framework's area ids.
    public let measures: [String]
    public let rows: [Row]
    /// The region filter, nil for every region.
    public let region: String?

    /// Builds the table of the countries with an assessment in both `from` and `to`,
    /// optionally in one region or sub-region (case and accents ignored), in `order`.
    public init(store: Store, framework: Framework, from: Int, to: Int, region: String? = nil,
                order: RoundsOrder = .change(nil)) {
        self.from = from
        self.to = to
        self.region = region
        measures = ["Overall"] + framework.areas.map(\.id)
        let key = region?.folded
        var rows: [Row] = []
        for code in store.codes {
            let country = store.countries[code]!
            guard country.assessments[from] != nil, country.assessments[to] != nil else { continue }
            if let key, country.region.folded != key, country.subRegion.folded != key { continue }
            let before = Profile(country: country, year: from, framework: framework)
            let after = Profile(country: country, year: to, framework: framework)
            let pairs = [(before.overall, after.overall)] + zip(before.areas, after.areas).map { ($0.rating, $1.rating) }
            rows.append(Row(iso3: code, name: country.name, region: country.region,
                            changes: pairs.map { RoundChange.between($0.0, $0.1) }))
        }
        self.rows = order.sorted(rows, measures: measures)
    }

    /// The two latest rounds with data (years with at least `roundSize` countries, as
    /// `Store.defaultYear` counts them), oldest first; nil when the store has fewer than two.
    public static func defaultRounds(_ store: Store, roundSize: Int = 10) -> (from: Int, to: Int)? {
        var counts: [Int: Int] = [:]
        for country in store.countries.values {
            for year in country.assessments.keys { counts[year, default: 0] += 1 }
        }
        let threshold = min(roundSize, store.countries.count)
        let rounds = counts.filter { $0.value >= threshold }.keys.sorted()
        guard rounds.count >= 2 else { return nil }
        return (rounds[rounds.count - 2], rounds[rounds.count - 1])
    }

    /// One summary per measure, counted from the rows.
    public var summaries: [Summary] {
        measures.indices.map { index in
            let deltas = rows.compactMap { $0.changes[index]?.delta }
            return Summary(measure: measures[index], both: deltas.count, up: deltas.filter { $0 > 0 }.count,
                           down: deltas.filter { $0 < 0 }.count, unchanged: deltas.filter { $0 == 0 }.count)
        }
    }

    /// `2→3 ▲`, `3→3 =`, `3→1 ▼`, or `–` when the rounds do not compare.
    public static func text(_ change: RoundChange?) -> String {
        guard let change else { return "–" }
        return "\(change.from)→\(change.to) \(glyph(change))"
    }

    /// ▲ up, ▼ down, = unchanged.
    public static func glyph(_ change: RoundChange) -> String {
        change.delta > 0 ? "▲" : change.delta < 0 ? "▼" : "="
    }
}
