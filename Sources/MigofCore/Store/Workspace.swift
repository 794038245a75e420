import Foundation

/// The framework and store a command works on, resolved and loaded the same way everywhere.
public struct Workspace: Sendable {
    public var paths: Paths
    public var framework: Framework
    public var store: Store
    /// What the decoder worked out as it read `store`, when `openForEditing` was asked for
    /// it and the fast path read the store (see `StoreHeadlines`); nil otherwise.
    public var headlines: StoreHeadlines?

    public init(paths: Paths, framework: Framework, store: Store, headlines: StoreHeadlines? = nil) {
        self.paths = paths
        self.framework = framework
        self.store = store
        self.headlines = headlines
    }

    /// Resolves paths, copies the bundled default store in on first use (telling `notice`),
    /// then loads and validates the framework and the store, and removes temporary files
    /// left by saves that were killed.
    ///
    /// A missing store is created from the bundled default only at the default location, or
    /// when `create` is set (`--new`); anywhere else it is refused, so a mistyped `--store`
    /// never silently starts a new store. `progress` hears how the store's loading advances
    /// (see `StoreFile.load`).
    public static func open(paths: Paths, notice: (String) -> Void, create: Bool = false,
                            progress: ((LoadProgress) -> Void)? = nil) throws(MigofError) -> Workspace {
        try openForEditing(paths: paths, notice: notice, lock: false, create: create, progress: progress).workspace
    }

    /// Like `open`, but takes the store's lock (or finds it held) *before* reading the store,
    /// so no other writer can save between the read and the first edit.
    /// `user` names the audit trail's author (default: `AuditUser.current()`); `headlines`
    /// asks for the workspace's `headlines` (the dashboard's start).
    public static func openForEditing(paths: Paths, notice: (String) -> Void, lock: Bool = true, create: Bool = false,
                                      user: String? = nil, progress: ((LoadProgress) -> Void)? = nil, headlines: Bool = false)
        throws(MigofError) -> (workspace: Workspace, session: EditingSession?) {
        let paths = try paths.followingStoreLink()
        let file = StoreFile(path: paths.store)
        try requireStore(paths, create: create)
        if try file.installDefault(from: paths.bundledStore) {
            notice("migof: no store at \(paths.store); created it from the bundled default (SDG 10.7.2 ratings)")
        }
        let framework = try loadFramework(paths: paths)
        let session = lock ? EditingSession(storePath: paths.store, framework: framework, user: user) : nil
        let loaded = try file.load(framework: framework, progress: progress, headlines: headlines)
        // A save killed mid-way leaves its temporary file behind; every start sweeps them up.
        AtomicFile(path: paths.store).removeLeftovers()
        return (Workspace(paths: paths, framework: framework, store: loaded.store, headlines: loaded.headlines), session)
    }

    /// Refuses a missing store outside the default location unless `create` is set.
    public static func requireStore(_ paths: Paths, create: Bool) throws(MigofError) {
        var info = stat()
        guard lstat(paths.store, &info) != 0, paths.storeOrigin != .userData, !create else { return }
        throw .noStore(path: paths.store)
    }

    /// The framework a command works with: the one `--framework` names; else the bundled
    /// framework the store records (a version 1 store: the MGI topics), so that an existing
    /// store keeps opening after the default changed; else the bundled default.
    public static func loadFramework(paths: Paths) throws(MigofError) -> Framework {
        if let choice = paths.frameworkChoice {
            return try Framework.load(choice: choice, directory: paths.frameworkDirectory)
        }
        return try Framework.load(path: frameworkPath(paths: paths))
    }

    /// The file `loadFramework` reads when no framework is chosen: the bundled one the store
    /// records, else the bundled default (`paths.framework`).
    public static func frameworkPath(paths: Paths) -> String {
        guard paths.frameworkChoice == nil else { return paths.framework }
        if let recorded = StoreFile(path: paths.store).recordedFramework(), Framework.isValidID(recorded.id) {
            let bundled = paths.frameworkDirectory + "/" + recorded.id + ".json"
            if FileManager.default.fileExists(atPath: bundled) { return bundled }
        }
        return paths.framework
    }

    /// The year commands use when none is given: the country's latest year, or the store's
    /// latest round (see `Store.defaultYear`).
    public func defaultYear(for country: Country? = nil) -> Int {
        country?.latestYear ?? store.defaultYear() ?? Calendar.current.component(.year, from: Date())
    }

    /// The country matcher every command uses: the store's countries, with the ISO catalogue
    /// so that a country the store lacks is named as such (a catalogue that cannot be read
    /// only loses that hint).
    public var resolver: CountryResolver {
        CountryResolver(store: store, catalog: try? CountryCatalog.load(path: paths.catalog))
    }

    /// Saves under the store's lock, through the atomic writer.
    public func save() throws(MigofError) {
        let lock = try StoreLock.acquire(forStore: paths.store)
        defer { lock.release() }
        try StoreFile(path: paths.store).save(store, framework: framework)
    }
}
