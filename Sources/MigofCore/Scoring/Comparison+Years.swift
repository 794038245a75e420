extension Comparison {
    /// The years to compare when the user named none, shared by `migof compare`, the
    /// `--compare` deep link and the dashboard so that they open the same comparison.
    ///
    /// - The same country twice is a trend: the year in view (else its latest) against the
    ///   year before it, oldest on side A; with no year before, against the year after.
    /// - Two countries are compared in the year in view; without one, in the latest year both
    ///   have data, else each in its own latest year.
    /// - `fallback` stands in for a country with no assessment at all.
    public static func defaultYears(a: Country, b: Country, inView year: Int?, fallback: Int) -> (a: Int, b: Int) {
        if a.iso3 == b.iso3 {
            let anchor = year ?? a.latestYear ?? fallback
            if let before = a.years.last(where: { $0 < anchor }) { return (before, anchor) }
            if let after = a.years.first(where: { $0 > anchor }) { return (anchor, after) }
            return (anchor, anchor)
        }
        if let year { return (year, year) }
        if let common = Set(a.years).intersection(b.years).max() { return (common, common) }
        return (a.latestYear ?? fallback, b.latestYear ?? fallback)
    }

    /// Years from the command line: `year` is A's and, unless `yearB` is given, B's too; what
    /// is not given comes from `defaultYears` with no year in view.
    public static func years(a: Country, b: Country, year: Int?, yearB: Int?, fallback: Int) -> (a: Int, b: Int) {
        let automatic = defaultYears(a: a, b: b, inView: nil, fallback: fallback)
        return (year ?? automatic.a, yearB ?? year ?? automatic.b)
    }
}
