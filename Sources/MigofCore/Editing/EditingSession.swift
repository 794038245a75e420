import Foundation

/// The disk side of editing a store: the write lock, the journal and the audited save.
///
/// A session that cannot take the lock is read-only: another migof is editing the store, and
/// `lockHolder` names its PID.
public final class EditingSession: @unchecked Sendable {
    public let storePath: String
    public let framework: Framework
    public let journal: Journal
    /// The PID of the process holding the store's lock, when this session is read-only.
    public let lockHolder: Int32?
    /// Why the lock could not be taken: another writer (`.locked`), or a lock file that cannot
    /// be created (`.io`, e.g. a read-only file system).
    public let lockFailure: MigofError?
    private let lock: StoreLock?
    private let user: String

    /// Opens a session, taking the store's lock when it is free.
    public init(storePath: String, framework: Framework, user: String? = nil) {
        self.storePath = storePath
        self.framework = framework
        journal = Journal(storePath: storePath, framework: framework)
        self.user = user ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
        do {
            lock = try StoreLock.acquire(forStore: storePath)
            lockHolder = nil
            lockFailure = nil
            // The lock is ours: any temporary file left here belongs to a save that was killed.
            AtomicFile(path: storePath).removeLeftovers()
        } catch {
            lock = nil
            lockFailure = error
            if case .locked(_, let pid) = error { lockHolder = pid } else { lockHolder = nil }
        }
    }

    public var isReadOnly: Bool { lock == nil }

    /// Journals an accepted edit; returns only once it is on disk.
    public func record(_ edit: Edit, now: Date = Date()) throws(MigofError) {
        guard !isReadOnly else { throw readOnlyError }
        try journal.append(edit, time: Journal.timestamp(now), user: user)
    }

    /// Saves `store`, adding audit entries for what changed since `saved` in `touched`
    /// countries, then empties the journal. Returns the store as written, with its audit.
    public func save(_ store: Store, since saved: Store, touched: Set<String>?, now: Date = Date()) throws(MigofError) -> Store {
        guard !isReadOnly else { throw readOnlyError }
        var written = store
        written.audit = Store.canonicalAudit(saved.audit + AuditEntry.changes(
            from: saved, to: store, countries: touched, framework: framework, time: Journal.timestamp(now), user: user))
        try StoreFile(path: storePath).save(written, framework: framework)
        // Only now is the journal's content safely in the store.
        try journal.clear()
        return written
    }

    /// Edits left in the journal by a session that ended without saving.
    public func pending() throws(MigofError) -> Journal.Contents {
        try journal.read()
    }

    /// Releases the lock, e.g. before the process exits.
    public func close() {
        lock?.release()
    }

    /// The error edits get in a read-only session.
    public var readOnlyError: MigofError {
        lockFailure ?? .locked(path: storePath, pid: lockHolder)
    }
}
