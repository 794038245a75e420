/// Every entity's headline ratings in one year, compact: what the dashboard's tiles and
/// rankings are computed from. Orders and rankings also take the entities' `NameOrder`,
/// which the dashboard builds only once a screen needs one.
///
/// Sorting and filtering `Profile` values copies each one (a country, six area profiles,
/// ratings with their strings), and building and copying those was most of the dashboard's
/// start on a store of 20,000 entities. Here each entity is an index into flat arrays of
/// small integers, read straight from the store (`HeadlineRules`): the statistics take one
/// pass, and every order is a sort of 64-bit keys (rating, then place in the name order).
public struct YearSummaries: Sendable {
    /// The entities' codes, in no particular order; an entity's index is its position here.
    public let codes: [String]
    /// Names, ISO3 and ISO2 codes as the store writes them, by index.
    public let names: [String]
    public let iso3s: [String]
    public let iso2s: [String]
    /// Each entity's region, as an index into `regionNames`.
    let regionIndex: [Int32]
    /// Region names as the store writes them (the empty one included), sorted.
    let regionNames: [String]
    var assessed: [Bool]
    /// Per entity, `columns` ratings: the overall one, then each area's in framework order;
    /// `missing` where there is none.
    var ratings: [Int32]
    /// Each code's index, built on the first look-up (only edits look codes up).
    private var positions: [String: Int]?
    let rules: HeadlineRules
    let areaIDs: [String]
    let scale: ClosedRange<Int>
    private let year: Int
    static let missing = Int32.min

    /// The summaries of every entity of `store` in `year`; stores of `parallelFrom` entities
    /// or more are read on two threads (tests lower it to take that path on small stores).
    public init(store: Store, year: Int, framework: Framework, parallelFrom: Int = YearSummaries.parallelThreshold) {
        let rules = HeadlineRules(framework: framework)
        self.init(Self.scan(store.countries, year: year, rules: rules, parallelFrom: parallelFrom),
                  rules: rules, year: year, framework: framework)
    }

    /// The summaries in `year` from what the decoder worked out as it read the store (see
    /// `StoreHeadlines`): no pass over the store, the arrays shared, not copied.
    public init(headlines: StoreHeadlines, year: Int, framework: Framework) {
        let rules = HeadlineRules(framework: framework)
        var scan = Scan(codes: headlines.codes, names: headlines.names, iso3s: headlines.iso3s, iso2s: headlines.iso2s,
                        regions: headlines.regionIndex, regionNames: headlines.regionNames)
        if let column = headlines.years[year] {
            scan.assessed = column.assessed
            scan.ratings = column.ratings
        } else {
            scan.assessed = Array(repeating: false, count: scan.codes.count)
            scan.ratings = Array(repeating: Self.missing, count: scan.codes.count * rules.columns)
        }
        self.init(scan, rules: rules, year: year, framework: framework)
    }

    private init(_ scan: Scan, rules: HeadlineRules, year: Int, framework: Framework) {
        self.rules = rules
        areaIDs = framework.areas.map(\.id)
        scale = framework.scoreRange
        self.year = year
        regionIndex = scan.regions
        regionNames = scan.regionNames
        codes = scan.codes
        names = scan.names
        iso3s = scan.iso3s
        iso2s = scan.iso2s
        assessed = scan.assessed
        ratings = scan.ratings
    }

    /// The index of the entity `code`, if the store had it.
    public mutating func index(of code: String) -> Int? {
        if positions == nil { positions = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) }) }
        return positions?[code]
    }

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

    /// The entities' name order (folded once, sorted once).
    public func nameOrder() -> NameOrder { NameOrder(names: names, codes: codes) }

    /// Re-reads entity `index` from `country` (the same entity, after an edit of its scores,
    /// notes or published ratings).
    public mutating func update(_ index: Int, from country: Country) {
        let assessment = country.assessments[year]
        assessed[index] = assessment != nil
        rules.write(assessment, into: &ratings, at: index * rules.columns, missing: Self.missing)
    }
}
