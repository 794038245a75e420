/// Every entity's headline ratings in one year, compact: what the dashboard's tiles and
/// rankings are computed from.
///
/// Sorting and filtering `Profile` values copies each one (a country, six area profiles,
/// ratings with their strings), and building and copying those was most of the dashboard's
/// start on a store of 20,000 entities. Here each entity is an index into flat arrays of
/// small integers, read straight from the store (`HeadlineRules`), with its folded name
/// computed once and its place in the name order kept as a number: every other order is a
/// sort of 64-bit keys (rating, then that place), and the statistics take one pass.
public struct YearSummaries: Sendable {
    /// The entities' codes, in the store's (alphabetical) order; an entity's index is its
    /// position here.
    public let codes: [String]
    /// Folded names, the name order's key.
    public let foldedNames: [String]
    /// Each entity's region, as an index into `regionNames`.
    let regionIndex: [Int32]
    /// Region names as the store writes them (the empty one included), sorted.
    let regionNames: [String]
    var assessed: [Bool]
    /// Per entity, `columns` ratings: the overall one, then each area's in framework order;
    /// `missing` where there is none.
    var ratings: [Int32]
    /// Entities by folded name, equal names by code.
    public let nameOrder: [Int]
    /// Each entity's position in `nameOrder`: the tie-break of every rating order.
    private let nameRank: [Int32]
    private let positions: [String: Int]
    let rules: HeadlineRules
    let areaIDs: [String]
    let scale: ClosedRange<Int>
    private let year: Int
    static let missing = Int32.min

    /// The summaries of every entity of `store` in `year`.
    public init(store: Store, year: Int, framework: Framework) {
        rules = HeadlineRules(framework: framework)
        areaIDs = framework.areas.map(\.id)
        scale = framework.scoreRange
        self.year = year
        let codes = store.codes
        let columns = rules.columns
        var names: [String] = [], regions: [String] = [], assessed: [Bool] = []
        var ratings = [Int32](repeating: Self.missing, count: codes.count * columns)
        names.reserveCapacity(codes.count)
        regions.reserveCapacity(codes.count)
        assessed.reserveCapacity(codes.count)
        for (index, code) in codes.enumerated() {
            let country = store.countries[code]!
            names.append(country.name.folded)
            regions.append(country.region)
            let assessment = country.assessments[year]
            assessed.append(assessment != nil)
            rules.write(assessment, into: &ratings, at: index * columns, missing: Self.missing)
        }
        let regionNames = Array(Set(regions)).sorted()
        let regionNumber = Dictionary(uniqueKeysWithValues: regionNames.enumerated().map { ($1, Int32($0)) })
        regionIndex = regions.map { regionNumber[$0]! }
        self.regionNames = regionNames
        // Codes are ascending, so equal names are ordered by index.
        var order = Array(codes.indices)
        order.sort { names[$0] != names[$1] ? names[$0] < names[$1] : $0 < $1 }
        var rank = [Int32](repeating: 0, count: codes.count)
        for (place, index) in order.enumerated() { rank[index] = Int32(place) }
        self.codes = codes
        foldedNames = names
        self.assessed = assessed
        self.ratings = ratings
        nameOrder = order
        nameRank = rank
        positions = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
    }

    /// The index of the entity `code`, if the store had it.
    public func index(of code: String) -> Int? { positions[code] }

    /// Entities with an assessment in the year.
    public var assessedCount: Int { assessed.count { $0 } }

    /// The regions present, the empty one left out, sorted.
    public var regions: [String] { regionNames.filter { !$0.isEmpty } }

    /// The region of entity `index`, as the store writes it.
    public func region(_ index: Int) -> String { regionNames[Int(regionIndex[index])] }

    /// Whether entity `index` has an assessment in the year.
    public func isAssessed(_ index: Int) -> Bool { assessed[index] }

    /// The headline rating of entity `index` in `area` (nil: overall), if any.
    public func rating(_ index: Int, area: String?) -> Int? {
        let value = ratings[index * rules.columns + column(area)]
        return value == Self.missing ? nil : Int(value)
    }

    func column(_ area: String?) -> Int {
        area.map(columnIndex) ?? 0
    }

    /// The column of area `id`'s ratings; 0 (the overall one) for an id the framework lacks.
    func columnIndex(_ id: String) -> Int {
        areaIDs.firstIndex(of: id).map { $0 + 1 } ?? 0
    }

    func ratingValue(_ index: Int, column: Int) -> Int32 { ratings[index * rules.columns + column] }
    func nameRankValue(_ index: Int) -> Int32 { nameRank[index] }

    /// Re-reads entity `index` from `country` (the same entity, after an edit of its scores,
    /// notes or published ratings).
    public mutating func update(_ index: Int, from country: Country) {
        let assessment = country.assessments[year]
        assessed[index] = assessment != nil
        rules.write(assessment, into: &ratings, at: index * rules.columns, missing: Self.missing)
    }
}
