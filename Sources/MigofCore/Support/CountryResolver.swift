/// Finds a country from what a user typed. One policy for every command (and, later, the
/// dashboard's pickers), in this order:
///
/// 1. an ISO3 code, an ISO2 code, or a full name of a country in the store;
/// 2. a usual short name or alias (`UK`, `USA`, `UAE`, `DRC`, `Russia`, `Ivory Coast`, see
///    `CountryAliases`): an exact alias beats any prefix, so `uk` is never Ukraine;
/// 3. a country of the ISO catalogue that the store does not hold: `.notInStore`, so the
///    user is told how to add it rather than offered a look-alike;
/// 4. a unique prefix of a name or alias in the store; several are `.ambiguous`, with the
///    candidates, never a guess;
/// 5. otherwise `.none`, with "did you mean" suggestions.
///
/// Case, accents, dots and curly apostrophes are ignored (see `key`).
public struct CountryResolver: Sendable {
    /// What a query names.
    public enum Match: Sendable, Equatable {
        case found(Country)
        case ambiguous([Country])
        /// In the ISO catalogue, not in this store.
        case notInStore(Country)
        /// Nothing; up to three suggestions as "Name (ISO3)".
        case none(suggestions: [String])
    }

    /// Queries longer than any country name can only be typing accidents or abuse; they are
    /// answered without a search, so a 100 KB argument costs no more than a short one.
    static let longestQuery = 120

    private let countries: [Country]
    private let keys: [String]
    private let catalog: CountryCatalog?

    public init(store: Store, catalog: CountryCatalog? = nil) {
        self.init(countries: store.codes.map { store.countries[$0]! }, catalog: catalog)
    }

    public init(countries: [Country], catalog: CountryCatalog? = nil) {
        self.countries = countries
        self.keys = countries.map { Self.key($0.name) }
        self.catalog = catalog
    }

    /// The form names and queries are compared in: folded (case and accents), curly
    /// apostrophes made straight, dots dropped, runs of spaces made one.
    public static func key(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.folded.unicodeScalars {
            switch scalar {
            case ".": continue
            case "\u{2019}", "\u{2018}", "`", "\u{00B4}": out.unicodeScalars.append("'"); space = false
            case " ", "\t": space = !out.isEmpty
            default:
                if space { out.unicodeScalars.append(" "); space = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What `query` names, by the policy above.
    public func match(_ query: String) -> Match {
        let k = Self.key(query)
        guard !k.isEmpty, k.count <= Self.longestQuery else { return .none(suggestions: []) }
        if let hit = exact(k, in: countries) { return .found(hit) }
        if let iso3 = CountryAliases.table[k] {
            if let hit = countries.first(where: { $0.iso3 == iso3 }) { return .found(hit) }
            if let entry = catalog?.countries[iso3] { return .notInStore(entry) }
        }
        if let catalog, let entry = exact(k, in: Array(catalog.countries.values)) { return .notInStore(entry) }
        let prefixed = prefixMatches(k)
        if prefixed.count == 1 { return .found(prefixed[0]) }
        if prefixed.count > 1 { return .ambiguous(prefixed) }
        return .none(suggestions: suggestions(for: k))
    }

    /// The matching country, or `.unknown` (exit 64) saying why not.
    public func resolve(_ query: String) throws(MigofError) -> Country {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .unknown("no country given") }
        let shown = trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
        switch match(trimmed) {
        case .found(let country):
            return country
        case .ambiguous(let candidates):
            let names = candidates.prefix(5).map { "\($0.name) (\($0.iso3))" }.joined(separator: ", ")
            throw .unknown("'\(shown)' matches several countries: \(names)\(candidates.count > 5 ? ", …" : ""); be more specific")
        case .notInStore(let entry):
            throw .unknown("\(entry.name) (\(entry.iso3)) is not in this store; add it with A in the dashboard, "
                           + "or import its ratings with migof import sdg")
        case .none(let hints):
            let tail = hints.isEmpty ? "" : "; did you mean \(hints.joined(separator: ", "))?"
            throw .unknown("no country matches '\(shown)'\(tail)")
        }
    }

    private func exact(_ k: String, in list: [Country]) -> Country? {
        if let hit = list.first(where: { $0.iso3.folded == k }) { return hit }
        if k.count == 2, let hit = list.first(where: { $0.iso2.folded == k }) { return hit }
        return list.first(where: { Self.key($0.name) == k })
    }

    /// Countries of the store whose name or one of whose aliases starts with `k`, in store order.
    private func prefixMatches(_ k: String) -> [Country] {
        let aliased = Set(CountryAliases.table.filter { $0.key.hasPrefix(k) }.map(\.value))
        return countries.indices.filter { keys[$0].hasPrefix(k) || aliased.contains(countries[$0].iso3) }.map { countries[$0] }
    }

    /// Up to three near names, by names containing the query or by small edit distance.
    func suggestions(for key: String) -> [String] {
        let containing = countries.indices.filter { keys[$0].contains(key) }
        if !containing.isEmpty { return containing.prefix(3).map { "\(countries[$0].name) (\(countries[$0].iso3))" } }
        let limit = max(1, key.count / 3)
        let query = Array(key)
        let scored = countries.indices.compactMap { index -> (Int, Int)? in
            let name = Array(keys[index])
            let head = Array(name.prefix(max(query.count, 1)))
            let distance = min(Self.editDistance(query, head, limit: limit), Self.editDistance(query, name, limit: limit))
            return distance <= limit ? (distance, index) : nil
        }
        return scored.sorted { $0.0 < $1.0 }.prefix(3).map { "\(countries[$0.1].name) (\(countries[$0.1].iso3))" }
    }

    /// Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`: the lengths
    /// alone bound it from below, so a long query against a short name costs nothing.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var best = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
