/// Everything migof keeps on disk: countries with their assessments, and the sources their
/// published ratings cite.
public struct Store: Sendable, Equatable {
    /// The file format version this build writes. It also reads versions 1 and 2 (see
    /// `docs/store-format.md`): version 1 records no framework and no sources table, version 2
    /// keeps the whole audit trail in one array at the end, where every two branches collide.
    public static let formatVersion = 3
    /// Every version this build reads.
    public static let readableVersions = 1...3

    /// Countries (and other assessed entities) keyed by ISO alpha-3 or local code (see `EntityKey`).
    public var countries: [String: Country]
    /// Every saved change, oldest first (by time, then country; see `canonicalAudit`). Kept in
    /// the store so a save and its audit entries land together, atomically; the file writes
    /// each country's entries inside that country, so edits to different countries merge.
    public var audit: [AuditEntry]
    /// Values a three-way merge found changed differently on both sides, until resolved.
    public var conflicts: [StoreConflict]
    /// The sources published ratings refer to (`ReportedRating.source`), by id.
    public var sources: [String: Source]

    public init(countries: [String: Country] = [:], audit: [AuditEntry] = [], sources: [String: Source] = [:],
                conflicts: [StoreConflict] = []) {
        self.countries = countries
        self.audit = audit
        self.sources = sources
        self.conflicts = conflicts
    }

    /// Audit entries in the order a store holds them: by time, then by country, keeping the
    /// given order among equals. Reading a file gives this order whatever country each entry
    /// was written in, and a merge gives it whichever side is ours.
    public static func canonicalAudit(_ entries: [AuditEntry]) -> [AuditEntry] {
        entries.enumerated().sorted { a, b in
            if a.element.time != b.element.time { return a.element.time < b.element.time }
            if a.element.country != b.element.country { return a.element.country < b.element.country }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The error for a store opened with a framework other than the one it was scored with.
    public static func mismatchMessage(recorded: FrameworkRef, inUse: FrameworkRef) -> String {
        "this store was scored with the framework \(recorded), but the framework in use is \(inUse); "
            + "open it with --framework \(recorded.id)"
    }

    /// The citation of a source id, or the id itself when the table has no such entry.
    public func citation(of sourceID: String) -> String {
        sources[sourceID]?.citation ?? sourceID
    }

    /// Country codes in alphabetical order, the order of the file.
    public var codes: [String] { countries.keys.sorted() }

    /// Every year that appears in any assessment, oldest first.
    public var years: [Int] {
        assessmentCounts().map(\.year).sorted()
    }

    /// How many countries have an assessment in each year, in no order. A store holds a few
    /// years, so a list searched from the end (where the last year counted usually is) beats
    /// hashing 40,000 years of a large store into a dictionary and a set (issue 15).
    private func assessmentCounts() -> [(year: Int, count: Int)] {
        var counts: [(year: Int, count: Int)] = []
        for country in countries.values {
            for year in country.assessments.keys {
                if let index = counts.lastIndex(where: { $0.year == year }) {
                    counts[index].count += 1
                } else {
                    counts.append((year, 1))
                }
            }
        }
        return counts
    }

    /// The latest year holding any data.
    public var latestYear: Int? { years.last }

    /// The year views and listings default to: the latest assessment round, meaning the
    /// latest year with data for at least `roundSize` countries (else the latest year).
    ///
    /// A lone early value (Kazakhstan's 2023 overall rating) must not make 2023 the default
    /// round while 88 countries have 2021 ratings.
    public func defaultYear(roundSize: Int = 10) -> Int? {
        yearsAndDefault(roundSize: roundSize).defaultYear
    }

    /// `years` and `defaultYear(roundSize:)` from one pass over the store, for a caller that
    /// needs both (the dashboard's start, on stores of 100,000 entities).
    public func yearsAndDefault(roundSize: Int = 10) -> (years: [Int], defaultYear: Int?) {
        Self.yearsAndDefault(counts: assessmentCounts(), entities: countries.count, roundSize: roundSize)
    }

    /// `yearsAndDefault(roundSize:)` from the count of entities assessed in each year and the
    /// count of entities (also what `StoreHeadlines` gives without a pass over the store).
    static func yearsAndDefault(counts: [(year: Int, count: Int)], entities: Int,
                                roundSize: Int) -> (years: [Int], defaultYear: Int?) {
        let threshold = min(roundSize, entities)
        let chosen = counts.filter { $0.count >= threshold }.map(\.year).max() ?? counts.map(\.year).max()
        return (counts.map(\.year).sorted(), chosen)
    }
}
