import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The disk side of editing a store: the write lock, the journal and the audited save.
///
/// A session that cannot take the lock is read-only: another migof is editing the store, and
/// `lockHolder` names its PID.
///
/// The session keeps the net change the journal holds (an edit followed by its inverse, as
/// undo journals it, cancels out), so a clean close with nothing unsaved removes the journal
/// instead of leaving a "crash" for the next start to recover.
public final class EditingSession: @unchecked Sendable {
    // @unchecked: a session belongs to one command or one dashboard run and is used from the
    // thread that runs it; mutable state (`net`, `baseHash`, `undurable`) is never shared
    // across threads (the journal's fsync thread only touches the journal's locked state).
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
    /// The journal's edits that the store does not hold yet, reduced: undoing the last edit
    /// removes it. Empty means the store on disk is what the session shows.
    var net: [Edit] = []
    /// True once this session has read or written the journal, so it knows what it holds.
    private var knowsJournal = false
    /// SHA-256 of the store on disk, once computed or written by this session.
    private var baseHash: String?
    /// Edits written to the journal whose fsync has not been seen to finish, oldest first,
    /// each with its line and the net change before it (what a failed flush goes back to).
    var undurable: [(line: Int, edit: Edit, netBefore: [Edit])] = []

    /// Opens a session, taking the store's lock when it is free. `flusher` runs the
    /// journal's fsyncs (a background thread unless a test injects its own).
    public init(storePath: String, framework: Framework, user: String? = nil, flusher: JournalFlusher = .background()) {
        self.storePath = storePath
        self.framework = framework
        journal = Journal(storePath: storePath, framework: framework, flusher: flusher)
        // Shown escaped: the name goes into audit entries, and a store may hold no control character.
        self.user = ControlText.visible(user ?? AuditUser.current())
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

    /// True when the journal holds edits the store does not.
    public var hasUnsavedChanges: Bool { !net.isEmpty }

    /// Journals an accepted edit: written at once (a crash or `kill -9` loses nothing), its
    /// fsync in the background; `settleJournal` says when it is durable, or that it failed.
    public func record(_ edit: Edit, now: Date = Date()) throws(MigofError) {
        guard !isReadOnly else { throw readOnlyError }
        // Edits already on disk need no way back, even when nobody settled them (a headless run).
        let state = journal.durability()
        if state.failure == nil { undurable.removeAll { $0.line <= state.durable } }
        let netBefore = net
        let created = try journal.append(edit, time: Journal.timestamp(now), user: user) { () throws(MigofError) in
            try self.storeHash()
        }
        // A journal created now starts from the store on disk: nothing older is pending.
        if created { net = [] }
        knowsJournal = true
        Self.reduce(&net, with: edit)
        undurable.append((journal.lastLine, edit, netBefore))
    }

    /// Saves `store`, adding audit entries for what changed since `saved` in `touched`
    /// countries, then removes the journal. Returns the store as written, with its audit.
    ///
    /// Before the store is replaced, the journal is marked with the new store's SHA-256, so a
    /// kill between the rename and the journal's removal leaves a journal that recovery
    /// knows to be saved already.
    public func save(_ store: Store, since saved: Store, touched: Set<String>?, now: Date = Date()) throws(MigofError) -> Store {
        guard !isReadOnly else { throw readOnlyError }
        // Every edit must be on disk before the store replaces them: a flush that failed
        // leaves edits to take back first (`settleJournal`), and nothing is saved.
        if let failure = journal.durability(wait: true).failure { throw failure }
        var written = store
        written.audit = Store.canonicalAudit(saved.audit + AuditEntry.changes(
            from: saved, to: store, countries: touched, framework: framework, time: Journal.timestamp(now), user: user))
        let file = StoreFile(path: storePath)
        let bytes = file.encode(written, framework: framework)
        // Without a journal (`migof set`) there is nothing to mark, and no hash to pay for.
        var hash: String?
        if journal.isOpen || journal.exists {
            hash = SHA256.hex(bytes)
            try journal.markSaving(hash!)
        }
        try file.write(bytes)
        TestFault.point("journal-before-clear")
        // Only now is the journal's content safely in the store.
        try journal.clear()
        baseHash = hash
        net = []
        undurable = []
        knowsJournal = true
        return written
    }

    /// Edits left in the journal by a session that ended without saving, leaving out those
    /// the store already holds. Throws when the journal cannot be read at all.
    public func pending() throws(MigofError) -> Journal.Contents {
        let raw = try journal.read()
        // Hashing the store costs a read of it: only worth it when there are edits to place.
        let contents = raw.entries.isEmpty ? raw : raw.pending(storeHash: try storeHash())
        net = []
        for entry in contents.entries { Self.reduce(&net, with: entry.edit) }
        knowsJournal = true
        return contents
    }

    /// Sets the journal aside as `…journal.discarded-<time>` (a journal that cannot be read,
    /// or edits the user chose not to recover); returns its new path.
    public func setAsideJournal(now: Date = Date()) throws(MigofError) -> String {
        let target = try journal.setAside(now: now)
        net = []
        undurable = []
        knowsJournal = true
        return target
    }

    /// Waits for the journal's pending fsyncs, then releases the lock, e.g. before the
    /// process exits. When `tidy` and the journal holds no net change (every edit undone, or
    /// all already saved), the journal is removed first: there is nothing in it to recover.
    /// Returns the failure of a last flush, whose edits were cut back out of the journal.
    @discardableResult
    public func close(tidy: Bool = true) -> MigofError? {
        var failure: MigofError?
        if case .failed(let error, _, _) = settleJournal(wait: true) { failure = error }
        if tidy, lock != nil, knowsJournal, net.isEmpty, journal.exists {
            try? journal.clear()
        }
        lock?.release()
        return failure
    }

    /// The error edits get in a read-only session.
    public var readOnlyError: MigofError {
        lockFailure ?? .locked(path: storePath, pid: lockHolder)
    }

    /// SHA-256 of the store file as it is on disk (under the lock nobody else changes it), or
    /// nil when there is no store file yet.
    private func storeHash() throws(MigofError) -> String? {
        if let baseHash { return baseHash }
        guard access(storePath, F_OK) == 0 else { return nil }
        let hash = SHA256.hex(try SideFile.read(storePath, limit: SideFile.maximumStoreBytes))
        baseHash = hash
        return hash
    }

    /// Adds an edit to a net change: the inverse of the last edit cancels it.
    static func reduce(_ net: inout [Edit], with edit: Edit) {
        if let last = net.last, last.inverse == edit { net.removeLast() } else { net.append(edit) }
    }
}
