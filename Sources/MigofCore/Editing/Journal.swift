import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write-ahead journal next to a store (`store.json.journal`, JSON Lines): every accepted
/// edit is written at once, so a crash, `kill -9` or a lost SSH session loses nothing, and
/// fsynced by a background writer (`JournalSync`) before the screen shows it as done; only a
/// power cut in those few milliseconds can lose the last edit, which was never shown as done.
///
/// The first line names the store version the edits apply to (`{"journal":1,"base":<sha256>}`)
/// and a save appends `{"saving":<sha256 of the new store>}` before it replaces the store, so
/// a recovery can tell which edits the store already holds (see docs/store-format.md).
public final class Journal: @unchecked Sendable {
    // @unchecked: the descriptor and offset are used by one editing session at a time, on
    // the thread that owns it; the class only exists so the descriptor is closed once. The
    // flusher's thread only fsyncs the descriptor, through `sync` (its state is locked), and
    // every path that closes the descriptor drains it first.
    /// One journalled edit.
    public struct Entry: Sendable, Equatable {
        public var time: String
        public var user: String
        public var edit: Edit
    }

    /// A point in the journal where the store's content is known: the header (after no
    /// edits) or a save (after `afterEntries` edits), with the store's SHA-256 there.
    public struct Checkpoint: Sendable, Equatable {
        public var afterEntries: Int
        public var hash: String?
    }

    /// What a journal file holds.
    public struct Contents: Sendable, Equatable {
        /// The edits still to apply to the store, oldest first.
        public var entries: [Entry]
        /// Set when the last line was cut short (the crash came mid-write); that line is ignored.
        public var ignoredPartialLine: Bool
        /// Complete lines that could not be read and were skipped, each naming its line.
        public var skipped: [Diagnostic] = []
        /// Edits left out because the store already holds them (a save was killed after
        /// replacing the store, before removing the journal).
        public var alreadySaved = 0
        /// True when the journal names store versions and the store is none of them, so the
        /// edits may not fit; replaying refuses an edit that does not.
        public var storeUnknown = false
        /// Where the store's content is known, in file order.
        public var checkpoints: [Checkpoint] = []

        public init(entries: [Entry], ignoredPartialLine: Bool) {
            self.entries = entries
            self.ignoredPartialLine = ignoredPartialLine
        }

        /// The edits the store with SHA-256 `storeHash` still lacks: those after the last
        /// checkpoint that matches it, or all of them when none does.
        public func pending(storeHash: String?) -> Contents {
            var result = self
            if let storeHash, let point = checkpoints.last(where: { $0.hash == storeHash }) {
                result.entries = Array(entries[point.afterEntries...])
                result.alreadySaved = point.afterEntries
            } else {
                result.storeUnknown = checkpoints.contains { $0.hash != nil }
            }
            return result
        }
    }

    public let path: String
    let framework: Framework
    private(set) var descriptor: Int32 = -1
    /// The journal's length after the last complete line, where a failed append is cut back to.
    var goodLength: off_t = 0
    /// The background fsyncs and how far they got.
    let sync: JournalSync

    public init(storePath: String, framework: Framework, flusher: JournalFlusher = .background()) {
        path = storePath + ".journal"
        self.framework = framework
        sync = JournalSync(flusher: flusher, path: path)
    }

    deinit {
        sync.drain()
        if descriptor >= 0 { close(descriptor) }
    }

    /// True when there is a journal file (or a link, FIFO or anything else in its place).
    public var exists: Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Test hook: the next append writes only this many bytes, then fails with ENOSPC, as a
    /// full disk would.
    var diskFullAfter: Int?

    /// True once this process has the journal open for appending.
    public var isOpen: Bool { descriptor >= 0 }

    /// Appends one edit: written at once, fsynced in the background (`lastLine` is its number,
    /// `durability()` says when it is on disk). Creating the journal writes its header with
    /// `base()`, the SHA-256 of the store the edits apply to. Returns true when this call
    /// created the journal file.
    @discardableResult
    public func append(_ edit: Edit, time: String, user: String,
                       base: () throws(MigofError) -> String? = { nil }) throws(MigofError) -> Bool {
        let created = try openForAppending(base: base)
        try appendLine(Self.line(for: Entry(time: time, user: user, edit: edit), framework: framework))
        return created
    }

    /// Records that a save of the store with SHA-256 `hash` is about to replace the store,
    /// and waits until the mark (and every line before it) is on disk; a journal that does
    /// not exist needs no mark.
    public func markSaving(_ hash: String) throws(MigofError) {
        guard descriptor >= 0 || exists else { return }
        _ = try openForAppending(base: { nil })
        try appendLine(Array((JSONWriter.line(.obj([("saving", .string(hash))])) + "\n").utf8))
        try flushNow()
    }

    /// Removes the journal after a save; only call once the store's rename has happened.
    /// The folder is flushed so a power cut cannot bring the removed journal back.
    public func clear() throws(MigofError) {
        closeDescriptor()
        guard unlink(path) == 0 || errno == ENOENT else { throw failure("cannot clear the journal") }
        SideFile.syncFolder(of: path)
    }

    /// Moves the journal aside as `…journal.discarded-<time>`; it is never deleted.
    public func setAside(now: Date = Date()) throws(MigofError) -> String {
        closeDescriptor()
        let stamp = Self.timestamp(now).replacingOccurrences(of: ":", with: "")
        var target = path + ".discarded-" + stamp
        var suffix = 1
        // Never replace an earlier discarded journal set aside within the same second.
        while access(target, F_OK) == 0 || isLink(target) {
            suffix += 1
            target = path + ".discarded-" + stamp + "-\(suffix)"
        }
        guard rename(path, target) == 0 else { throw failure("cannot set the journal aside") }
        SideFile.syncFolder(of: path)
        return target
    }

    /// Reads the journal; a missing file is an empty journal. A link, FIFO, device or a file
    /// over `SideFile.maximumSideBytes` is refused.
    public func read() throws(MigofError) -> Contents {
        guard exists else { return Contents(entries: [], ignoredPartialLine: false) }
        let bytes = try SideFile.read(path, limit: SideFile.maximumSideBytes, followLink: false)
        return Self.parse(bytes, path: path, framework: framework)
    }

    private func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Opens the journal, creating it with its header when missing. An existing journal whose
    /// last line was cut short is cut back to its last complete line first.
    private func openForAppending(base: () throws(MigofError) -> String?) throws(MigofError) -> Bool {
        guard descriptor < 0 else { return false }
        let existing = try SideFile.openExisting(path, flags: O_RDWR | O_APPEND)
        if existing >= 0 {
            descriptor = existing
            // Read through the descriptor just opened, never the path again (it could be swapped).
            let bytes = try SideFile.readAll(existing, path: path, limit: SideFile.maximumSideBytes)
            goodLength = off_t(bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            if goodLength < bytes.count { try cutBack() }
            sync.opened(length: goodLength, created: false)
            return false
        }
        let hash = try base()
        let ownership = (SideFile.Ownership.of(String(path.dropLast(".journal".count))) ?? .fresh).forSideFile
        descriptor = try SideFile.createExclusive(path, ownership: ownership, flags: O_RDWR | O_APPEND)
        goodLength = 0
        // The new name must survive a power cut too, not only the bytes: the first flush
        // also flushes the folder.
        sync.opened(length: 0, created: true)
        let header = JSONWriter.line(.obj([("journal", .number("1")), ("base", hash.map(JSONValue.string) ?? .null)])) + "\n"
        try appendLine(Array(header.utf8))
        return true
    }

    /// Writes one line and queues its fsync; a write that fails part-way (a full disk) is cut
    /// back to the last good line, so later lines never follow a fragment.
    private func appendLine(_ bytes: [UInt8]) throws(MigofError) {
        var offset = 0
        let limit = diskFullAfter.map { min($0, bytes.count) } ?? bytes.count
        while offset < bytes.count {
            var written = offset < limit ? bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, limit - offset) } : -1
            if offset >= limit {
                errno = ENOSPC
                written = -1
            }
            if written < 0 {
                if errno == EINTR { continue }
                let error = failure("cannot write the journal")
                try? cutBack()
                throw error
            }
            offset += written
        }
        goodLength += off_t(bytes.count)
        _ = sync.wrote(length: goodLength, descriptor: descriptor)
    }

    func cutBack() throws(MigofError) {
        guard ftruncate(descriptor, goodLength) == 0, fsync(descriptor) == 0 else {
            throw failure("cannot cut a failed write out of the journal")
        }
    }

    /// Closes and removes a journal none of whose lines reached the disk.
    func discardFile() {
        closeDescriptor()
        unlink(path)
    }

    private func closeDescriptor() {
        // No fsync may still be running on the descriptor (its number could be reused).
        sync.drain()
        sync.recover()
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
    }
}
