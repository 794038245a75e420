/// Everything migof keeps on disk: countries with their assessments, and the sources their
/// published ratings cite.
public struct Store: Sendable, Equatable {
    /// The file format version this build writes. It also reads version 1 (see
    /// `docs/store-format.md`), which records no framework and no sources table.
    public static let formatVersion = 2
    /// Every version this build reads.
    public static let readableVersions = 1...2

    /// Countries (and other assessed entities) keyed by ISO alpha-3 or local code (see `EntityKey`).
    public var countries: [String: Country]
    /// Every saved change, oldest first. Kept in the store so a save and its audit entries
    /// land together, atomically.
    public var audit: [AuditEntry]
    /// The sources published ratings refer to (`ReportedRating.source`), by id.
    public var sources: [String: Source]

    public init(countries: [String: Country] = [:], audit: [AuditEntry] = [], sources: [String: Source] = [:]) {
        self.countries = countries
        self.audit = audit
        self.sources = sources
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
        Array(Set(countries.values.flatMap { $0.assessments.keys })).sorted()
    }

    /// The latest year holding any data.
    public var latestYear: Int? { years.last }

    /// The year views and listings default to: the latest assessment round, meaning the
    /// latest year with data for at least `roundSize` countries (else the latest year).
    ///
    /// A lone early value (Kazakhstan's 2023 overall rating) must not make 2023 the default
    /// round while 88 countries have 2021 ratings.
    public func defaultYear(roundSize: Int = 10) -> Int? {
        var counts: [Int: Int] = [:]
        for country in countries.values {
            for year in country.assessments.keys { counts[year, default: 0] += 1 }
        }
        let threshold = min(roundSize, countries.count)
        return counts.filter { $0.value >= threshold }.keys.max() ?? counts.keys.max()
    }
}
