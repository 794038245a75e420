import MigofCore

/// Read access to the document for the screens not yet migrated to models of their own.
extension App {
    public var store: Store { document.store }
    public var framework: Framework { document.framework }
    public var year: Int { document.year }
    var years: [Int] { document.years }
    /// The editing session in use: it changes when a read-only session later gets the lock,
    /// so the caller that closes it at exit asks here.
    public var session: EditingSession? { document.session }
    var catalog: CountryCatalog? { document.catalog }
    var profiles: [String: Profile] { document.aggregates.profiles }
    var regions: [String] { document.aggregates.regions }
    var statistics: [String: AreaStatistics] { document.aggregates.statistics }
    var overallStatistics: AreaStatistics { document.aggregates.overallStatistics }
    var assessedCount: Int { document.aggregates.assessedCount }
    var ranked: [String: [String]] { document.aggregates.ranked }
    var history: [Edit] { document.history.done }
    var touched: Set<String> { document.touched }
    var readOnlyReason: String? { document.readOnlyReason }

    /// True when the store differs from what was last saved.
    public var isModified: Bool { document.isModified }
}
