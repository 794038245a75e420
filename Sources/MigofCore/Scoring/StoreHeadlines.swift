/// Every entity's names, codes, region and headline ratings in every year, worked out by the
/// fast decoder as it reads each entity, so the dashboard starts from flat arrays the load
/// already made (`YearSummaries.init(headlines:year:framework:)`).
///
/// Reading the same figures back out of the decoded store meant a cache miss on every
/// country and assessment the decoder had made moments before: two-thirds of the dashboard's
/// own start at 20,000 entities (issue 15). Worked out while each entity is still in cache,
/// they cost the load a few percent. Only the fast path makes them; a store the checked
/// decoder read has none, and the dashboard then reads the store as before.
public struct StoreHeadlines: Sendable {
    /// The entities' codes in file order; an entity's index is its position here.
    let codes: [String]
    let names: [String]
    let iso3s: [String]
    let iso2s: [String]
    /// Each entity's region, as an index into `regionNames`.
    let regionIndex: [Int32]
    /// Region names as the store writes them (the empty one included), sorted.
    let regionNames: [String]
    /// Per year, which entities have an assessment and their ratings (`YearSummaries` layout).
    let years: [Int: Year]
    /// The framework's indicator and area ids the ratings were worked out under.
    private let indicatorIDs: [String]
    private let areaIDs: [String]

    /// One year's column of the summaries.
    struct Year: Sendable {
        var assessed: [Bool] = []
        var ratings: [Int32] = []
        /// Entities assessed in the year.
        var count = 0
    }

    init(codes: [String], names: [String], iso3s: [String], iso2s: [String], regionIndex: [Int32],
         regionNames: [String], years: [Int: Year], framework: Framework) {
        self.codes = codes
        self.names = names
        self.iso3s = iso3s
        self.iso2s = iso2s
        self.regionIndex = regionIndex
        self.regionNames = regionNames
        self.years = years
        indicatorIDs = framework.indicatorIDs
        areaIDs = framework.areas.map(\.id)
    }

    /// Entities read.
    public var entityCount: Int { codes.count }

    /// Whether these are the headlines of `store` under `framework`: the same entities, the
    /// same indicators. A store changed after the load no longer matches its count, or is
    /// a caller's mistake the count cannot see, so callers use headlines only at a load.
    public func describe(_ store: Store, framework: Framework) -> Bool {
        codes.count == store.countries.count && indicatorIDs == framework.indicatorIDs
            && areaIDs == framework.areas.map(\.id)
    }

    /// `Store.yearsAndDefault(roundSize:)` of the store these headlines were read from.
    public func yearsAndDefault(roundSize: Int = 10) -> (years: [Int], defaultYear: Int?) {
        Store.yearsAndDefault(counts: years.map { (year: $0.key, count: $0.value.count) },
                              entities: codes.count, roundSize: roundSize)
    }
}
