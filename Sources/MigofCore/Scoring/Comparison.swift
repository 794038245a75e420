/// Two profiles side by side: two countries, or one country in two years (the trend view).
///
/// Both the TUI and `migof compare` use this one model, so their numbers cannot disagree.
public struct Comparison: Sendable, Equatable {
    /// Which side leads a row.
    public enum Leader: String, Sendable, Equatable {
        case a, b, tie
        /// At least one side has no rating; never counted as a zero.
        case missing
    }

    /// One compared line: an area, or the overall rating.
    public struct Row: Sendable, Equatable {
        /// The area id, or `overall`.
        public var id: String
        public var title: String
        public var a: Rating
        public var b: Rating

        /// B's headline minus A's: positive when B is higher. Nil when either is missing.
        public var delta: Int? {
            guard let left = a.value, let right = b.value else { return nil }
            return right - left
        }

        public var leader: Leader {
            guard let delta else { return .missing }
            return delta == 0 ? .tie : (delta < 0 ? .a : .b)
        }
    }

    public var a: Profile
    public var b: Profile

    public init(a: Profile, b: Profile) {
        self.a = a
        self.b = b
    }

    /// One row per area in framework order.
    public var areaRows: [Row] {
        zip(a.areas, b.areas).map { Row(id: $0.area.id, title: $0.area.title, a: $0.rating, b: $1.rating) }
    }

    public var overallRow: Row {
        Row(id: "overall", title: "Overall", a: a.overall, b: b.overall)
    }

    /// The area rows followed by the overall row.
    public var rows: [Row] { areaRows + [overallRow] }

    /// How each side is named: the country, or "Mexico 2019" when both sides are one country.
    public var names: (a: String, b: String) {
        if a.country.iso3 == b.country.iso3 {
            return ("\(a.country.name) \(a.year)", "\(b.country.name) \(b.year)")
        }
        return (a.country.name, b.country.name)
    }

    /// Counts of area leads; missing areas are counted apart, not as zero.
    public var tally: (a: Int, b: Int, tie: Int, missing: Int) {
        var result = (a: 0, b: 0, tie: 0, missing: 0)
        for row in areaRows {
            switch row.leader {
            case .a: result.a += 1
            case .b: result.b += 1
            case .tie: result.tie += 1
            case .missing: result.missing += 1
            }
        }
        return result
    }

    /// True when both sides are one country, so the comparison reads as a change over time.
    public var isTrend: Bool { a.country.iso3 == b.country.iso3 }

    /// "Canada leads in 3 areas, Denmark in 1, equal in 2"; for a trend, "Mexico from 2019 to
    /// 2021: up in 2 areas, down in 1, unchanged in 3". Areas rated on one side only are
    /// counted as missing, never as a zero.
    ///
    /// The words always follow the Δ column (B − A): a trend with the older year on side A
    /// reads in time order ("up" = ▲); one with the newer year on A (after `x`, or
    /// `--year 2021 --year-b 2019`) reads as B against A, "Mexico 2019 against 2021: higher
    /// in 1 area, lower in 2", so a ▼ is never called "up".
    public var summary: String {
        let t = tally
        func areas(_ n: Int) -> String { n == 1 ? "1 area" : "\(n) areas" }
        let compared = t.a + t.b + t.tie
        guard compared > 0 else {
            return "No area is rated \(isTrend ? "in both years" : "on both sides") (\(t.missing) missing)" + overallClause
        }
        var parts: [String]
        if isTrend, isChronological {
            parts = ["\(a.country.name) from \(a.year) to \(b.year): up in \(areas(t.b))",
                     "down in \(t.a)", "unchanged in \(t.tie)"]
        } else if isTrend {
            parts = ["\(a.country.name) \(b.year) against \(a.year): higher in \(areas(t.b))",
                     "lower in \(t.a)", "unchanged in \(t.tie)"]
        } else {
            parts = ["\(names.a) leads in \(areas(t.a))", "\(names.b) in \(t.b)", "equal in \(t.tie)"]
        }
        if t.missing > 0 { parts.append("not comparable in \(t.missing) (missing)") }
        return parts.joined(separator: ", ")
    }

    /// A trend whose side A is the older year (or the same year), so B − A is the change over time.
    private var isChronological: Bool { a.year <= b.year }

    /// "; overall, Canada leads by 1", for a summary that has no area to count.
    private var overallClause: String {
        let row = overallRow
        guard let delta = row.delta else { return "" }
        if delta == 0 { return isTrend ? "; overall, unchanged" : "; overall, equal" }
        if isTrend, isChronological {
            return "; overall, \(delta > 0 ? "up" : "down") by \(abs(delta)) from \(a.year) to \(b.year)"
        }
        if isTrend {
            return "; overall, \(delta > 0 ? "higher" : "lower") by \(abs(delta)) in \(b.year) than in \(a.year)"
        }
        return "; overall, \(delta > 0 ? names.b : names.a) leads by \(abs(delta))"
    }
}
