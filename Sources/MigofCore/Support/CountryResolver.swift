/// Finds a country from what a user typed: ISO3, ISO2, or a case- and accent-insensitive
/// name or unique name prefix.
public struct CountryResolver: Sendable {
    private let countries: [Country]

    public init(store: Store) {
        countries = store.codes.map { store.countries[$0]! }
    }

    public init(countries: [Country]) {
        self.countries = countries
    }

    /// The matching country, or `.unknown` with "did you mean …" suggestions.
    public func resolve(_ query: String) throws(MigofError) -> Country {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        let key = trimmed.folded
        guard !key.isEmpty else { throw .unknown("no country given") }
        if let match = countries.first(where: { $0.iso3.folded == key }) { return match }
        if key.count == 2, let match = countries.first(where: { $0.iso2.folded == key }) { return match }
        if let match = countries.first(where: { $0.name.folded == key }) { return match }
        let prefixed = countries.filter { $0.name.folded.hasPrefix(key) }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 {
            let names = prefixed.prefix(5).map { "\($0.name) (\($0.iso3))" }.joined(separator: ", ")
            throw .unknown("'\(trimmed)' matches several countries: \(names)\(prefixed.count > 5 ? ", …" : ""); be more specific")
        }
        let hints = suggestions(for: key)
        let tail = hints.isEmpty ? "" : "; did you mean \(hints.joined(separator: ", "))?"
        throw .unknown("no country matches '\(trimmed)'\(tail)")
    }

    /// Up to three near names, by words containing the query or by small edit distance.
    func suggestions(for key: String) -> [String] {
        let containing = countries.filter { $0.name.folded.contains(key) }
        if !containing.isEmpty { return containing.prefix(3).map { "\($0.name) (\($0.iso3))" } }
        let scored = countries.map { country -> (Int, Country) in
            let name = country.name.folded
            let head = String(name.prefix(max(key.count, 1)))
            return (min(editDistance(key, head), editDistance(key, name)), country)
        }
        let limit = max(1, key.count / 3)
        return scored.filter { $0.0 <= limit }.sorted { $0.0 < $1.0 }.prefix(3).map { "\($0.1.name) (\($0.1.iso3))" }
    }

    private func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
