import MigofCore

/// The browser's order: a column and a direction. Countries without a figure in the column
/// stay last either way, and ties keep the name order.
struct BrowserSort: Hashable, Sendable {
    var column: BrowserColumn
    var ascending: Bool

    init(_ column: BrowserColumn, ascending: Bool? = nil) {
        self.column = column
        self.ascending = ascending ?? column.naturalAscending
    }

    /// Every country's code under this order.
    func order(_ document: Document) -> [String] {
        let byName = document.aggregates.order(.name)
        if column == .name { return ascending ? byName : byName.reversed() }
        let keys = self.keys(byName, document: document)
        var indices = Array(byName.indices)
        indices.sort { l, r in
            switch (keys[l], keys[r]) {
            case let (a?, b?) where a != b: return ascending ? a < b : a > b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return l < r
            }
        }
        return indices.map { byName[$0] }
    }

    /// The figure each country is ordered by, in `codes`' order; nil sorts last.
    private func keys(_ codes: [String], document: Document) -> [Int?] {
        // Profiles are built on demand (the document keeps none), once per country per sort.
        codes.map { code in
            guard let profile = document.profile(code) else { return nil }
            return Self.figure(column, profile, document: document)
        }
    }

    /// A country's figure in a column: its headline rating, its change, or its coverage.
    static func figure(_ column: BrowserColumn, _ profile: Profile, document: Document) -> Int? {
        switch column {
        case .name: return nil
        case .overall: return profile.hasAssessment ? profile.overall.value : nil
        case .area(let id): return profile.hasAssessment ? profile.area(id)?.rating.value : nil
        case .change: return change(profile, document: document)?.delta
        case .coverage: return profile.hasAssessment ? profile.overall.scored : nil
        }
    }

    /// The overall change since the country's previous year with data, if comparable.
    static func change(_ profile: Profile, document: Document) -> RoundChange? {
        let country = profile.country
        guard profile.hasAssessment, let previous = country.years.last(where: { $0 < profile.year }) else { return nil }
        let earlier = Profile(country: country, year: previous, framework: document.framework, sources: document.store.sources)
        return RoundChange.between(earlier.overall, profile.overall)
    }
}
