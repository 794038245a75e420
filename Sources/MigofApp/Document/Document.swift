import MigofCore

/// The data the dashboard shows and edits: the store, the year in view, the editing session
/// with its history, and the aggregates derived from them.
///
/// Screens read it; only its editing methods change it, and only it (through the
/// `EditingSession`) touches the disk.
struct Document: Sendable {
    var store: Store
    let framework: Framework
    /// The year shown.
    var year: Int
    /// Years that hold any data, oldest first.
    var years: [Int]
    /// The lock, journal and save; nil edits in memory only. Replaced when a read-only
    /// session later gets the lock.
    var session: EditingSession?
    let catalog: CountryCatalog?
    var history = EditHistory()
    /// Countries edited since the last save, the scope of its audit entries.
    var touched: Set<String> = []
    /// The state before each edit whose journal line is not yet durable, oldest first.
    var journalTrail: [JournalMark] = []
    /// Derived from store and year; maintained incrementally after score edits.
    var aggregates: Aggregates
    /// One matcher for every place a typed name finds a country, built when first used.
    var countries: CountryIndex { aggregates.countryIndex }

    /// `headlines` are what the decoder worked out as it read `store` (nil: none); they spare
    /// the start a pass over every entity, and are used only if they describe this store.
    init(store: Store, framework: Framework, year: Int?, session: EditingSession?, catalog: CountryCatalog?,
         headlines: StoreHeadlines? = nil) {
        self.store = store
        self.framework = framework
        let headlines = headlines.flatMap { $0.describe(store, framework: framework) ? $0 : nil }
        let known = headlines?.yearsAndDefault() ?? store.yearsAndDefault()
        self.year = year ?? known.defaultYear ?? 2021
        years = known.years
        self.session = session
        self.catalog = catalog
        aggregates = Aggregates(store: store, year: self.year, framework: framework, headlines: headlines)
    }

    /// Recomputes everything derived from the store and the year.
    mutating func refresh() {
        years = store.years
        // Deleting the last country of the year shown leaves that year without data: show
        // the nearest earlier year instead (or the first), so no screen shows an empty round.
        if !years.isEmpty, !years.contains(year) { year = years.last { $0 < year } ?? years[0] }
        aggregates = Aggregates(store: store, year: year, framework: framework)
    }

    /// True when the store differs from what was last saved.
    var isModified: Bool { history.isModified }

    /// Why edits are refused, when another migof holds the store's lock.
    var readOnlyReason: String? {
        guard let session, session.isReadOnly else { return nil }
        guard let holder = session.lockHolder else { return "read-only: \(session.readOnlyError.description)" }
        return "read-only: another migof (PID \(holder)) is editing this store"
    }

    /// Steps the year through `years`; nil when there is no earlier or later one.
    mutating func changeYear(by step: Int) -> Int? {
        guard !years.isEmpty else { return nil }
        let index = years.firstIndex(of: year) ?? years.lastIndex { $0 < year } ?? 0
        let next = min(max(index + step, 0), years.count - 1)
        guard years[next] != year else { return nil }
        setYear(years[next])
        return year
    }

    /// Shows `value` and re-derives the aggregates for it.
    mutating func setYear(_ value: Int) {
        year = value
        aggregates = Aggregates(store: store, year: year, framework: framework)
    }

    /// The worked-out profile of a country in the year shown, built when asked: screens ask
    /// only for the rows they draw, so no profile is kept per entity (issue 15).
    func profile(_ code: String) -> Profile? {
        store.countries[code].map { Profile(country: $0, year: year, framework: framework, sources: store.sources) }
    }
}
