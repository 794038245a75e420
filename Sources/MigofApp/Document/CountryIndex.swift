import MigofCore

/// The one rule for finding a country from typed text, used by the browser search, the
/// country picker and "add country": case and accents are ignored, a name matches when it
/// contains the text, and a country matches when its ISO3 or ISO2 code equals it.
/// (The browser runs the same rule through Core's `NameSearch`, which scans bytes.)
struct CountryIndex: Sendable {
    /// Folded name and codes.
    struct Keys: Sendable {
        var name: String
        var iso3: String
        var iso2: String
    }

    /// Every code, by folded name (equal names by code).
    private(set) var byName: [String] = []
    /// The folded name and codes of each of `byName`, in its order.
    private var keys: [Keys] = []

    /// The index of the entities of `summaries`, whose names `names` folded and ordered.
    init(summaries: YearSummaries, names: NameOrder) {
        byName = names.order.map { summaries.codes[$0] }
        keys = names.order.map { index in
            Keys(name: names.folded[index], iso3: summaries.iso3s[index].folded, iso2: summaries.iso2s[index].folded)
        }
    }

    static func keys(_ country: Country) -> Keys {
        Keys(name: country.name.folded, iso3: country.iso3.folded, iso2: country.iso2.folded)
    }

    /// The query as the rule compares it.
    static func normalized(_ query: String) -> String {
        query.folded.trimmingCharacters(in: .whitespaces)
    }

    /// How well `keys` match a normalized query: 0 for a code, 1 for a name starting with it,
    /// 2 for a name containing it; nil when it does not match.
    static func rank(_ keys: Keys, query: String) -> Int? {
        if query.isEmpty { return 2 }
        if keys.iso3 == query || keys.iso2 == query { return 0 }
        if keys.name.hasPrefix(query) { return 1 }
        return keys.name.contains(query) ? 2 : nil
    }

    /// Store countries matching `query`, best first: an ISO code, then names starting with
    /// the query, then the rest, each by name.
    func matches(_ query: String) -> [String] {
        let text = Self.normalized(query)
        guard !text.isEmpty else { return byName }
        var buckets: [[String]] = [[], [], []]
        for (code, keys) in zip(byName, keys) {
            if let rank = Self.rank(keys, query: text) { buckets[rank].append(code) }
        }
        return buckets.flatMap { $0 }
    }

    /// Catalogue countries missing from `store` that match `query`, by name.
    static func addable(_ catalog: CountryCatalog?, store: Store, matching query: String) -> [Country] {
        guard let catalog else { return [] }
        let text = normalized(query)
        return catalog.countries.values
            .filter { store.countries[$0.iso3] == nil && rank(keys($0), query: text) != nil }
            .sorted { $0.name.folded < $1.name.folded }
    }
}
