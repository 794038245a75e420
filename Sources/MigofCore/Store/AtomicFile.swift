import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a crash at any moment leaves either the old or the new content,
/// and `.bak` always a true previous version.
///
/// The sequence is: write a temporary file under an unguessable name in the same folder
/// (created exclusively, never through a link, with the target's mode and owner), fsync it,
/// hard-link the current file to a staging name, rename the temporary over the target, then
/// the staged previous version over `.bak`, and fsync the folder. A kill before the first
/// rename leaves the old file and the old `.bak`; a kill between the renames leaves the new
/// file and a staged previous version that the next start puts in place as `.bak`.
///
/// A target that is a symbolic link is followed: the link's target is replaced, and the
/// temporary file and `.bak` sit beside it (see docs/store-format.md).
public struct AtomicFile: Sendable {
    public let path: String

    /// A fault to inject in tests, to show that the original survives a failed write.
    public enum Fault: Sendable, Equatable {
        /// Fail with ENOSPC after this many bytes, as a full disk would.
        case diskFullAfter(Int)
        /// Fail just before the rename, after the temporary file is complete and the previous
        /// version staged.
        case beforeRename
        /// Stop just after the rename, before `.bak` is updated, as a kill there would.
        case afterRename
    }

    public init(path: String) {
        self.path = path
    }

    private var folder: String { SideFile.folder(of: path) }
    private var name: String { (path as NSString).lastPathComponent }

    /// The prefix of temporary files, so leftovers from a killed save can be found and removed.
    public var temporaryPrefix: String { "." + name + ".tmp-" }

    /// The prefix of the previous version while it is being staged as `.bak`.
    public var backupStagingPrefix: String { name + ".bak.tmp-" }

    /// `<prefix><pid>-<random>`: the PID tells whether its writer is alive, the random part
    /// makes the name impossible to plant in advance.
    private func uniqueName(_ prefix: String) -> String {
        folder + "/" + prefix + String(getpid()) + "-" + SideFile.randomSuffix()
    }

    /// Writes `bytes` atomically, keeping the previous version as `path.bak`.
    public func write(_ bytes: [UInt8], keepBackup: Bool = true, fault: Fault? = nil) throws(MigofError) {
        try write(keepBackup: keepBackup, fault: fault) { (sink: inout Sink) throws(MigofError) in try sink.write(bytes) }
    }

    /// Writes what `contents` hands its sink, chunk by chunk, atomically, keeping the previous
    /// version as `path.bak`: a large file is never held whole in memory. When `contents`
    /// throws, the temporary file is removed and the target is left as it was.
    public func write(keepBackup: Bool = true, fault: Fault? = nil,
                      contents: (inout Sink) throws(MigofError) -> Void) throws(MigofError) {
        let target = try AtomicFile(path: SideFile.followingLink(path))
        guard target.path == path else { return try target.write(keepBackup: keepBackup, fault: fault, contents: contents) }
        let ownership = SideFile.Ownership.of(path) ?? .fresh
        let temporary = uniqueName(temporaryPrefix)
        let fd = try SideFile.createExclusive(temporary, ownership: ownership)
        var staged: String?
        var renamed = false
        defer {
            if !renamed {
                unlink(temporary)
                if let staged { unlink(staged) }
            }
        }
        do throws(MigofError) {
            var limit: Int?
            if case .diskFullAfter(let count) = fault { limit = count }
            var sink = Sink(fd: fd, path: path, limit: limit)
            try contents(&sink)
            guard fsync(fd) == 0 else { throw SideFile.failure(temporary, "cannot flush to disk") }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw SideFile.failure(temporary, "cannot close the temporary file") }
        if keepBackup, access(path, F_OK) == 0 {
            try checkBackupReplaceable()
            staged = try stageBackup(ownership: ownership)
        }
        TestFault.point("save-after-backup")
        if fault == .beforeRename { throw MigofError.io(path: path, message: "injected failure before rename") }
        guard rename(temporary, path) == 0 else { throw SideFile.failure(path, "cannot replace the file") }
        renamed = true
        TestFault.point("save-after-rename")
        if fault == .afterRename { return }
        if let staged { putBackupInPlace(staged) }
        SideFile.syncFolder(of: path)
    }

    /// Hard-links the current file to a fresh staging name (atomic, no copy; `link` never
    /// follows or replaces what is at the new name). Returns the staging path.
    private func stageBackup(ownership: SideFile.Ownership) throws(MigofError) -> String {
        let staged = uniqueName(backupStagingPrefix)
        if link(path, staged) == 0 { return staged }
        // Some filesystems refuse hard links; a copy is slower but just as safe.
        let bytes = try SideFile.read(path, limit: SideFile.maximumStoreBytes)
        let fd = try SideFile.createExclusive(staged, ownership: ownership)
        defer { close(fd) }
        do throws(MigofError) {
            try writeAll(fd, bytes, fault: nil)
            guard fsync(fd) == 0 else { throw SideFile.failure(staged, "cannot flush to disk") }
        } catch {
            unlink(staged)
            throw MigofError.io(path: path + ".bak", message: "cannot keep the previous version: \(error.description)")
        }
        return staged
    }

    /// Refuses, before anything changes, a `.bak` that a file cannot replace (a folder, say).
    private func checkBackupReplaceable() throws(MigofError) {
        var info = stat()
        let backup = path + ".bak"
        guard lstat(backup, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        throw .io(path: backup, message: "cannot keep the previous version: it is a folder")
    }

    /// Moves a staged previous version over `.bak`. When `.bak` already is the same file,
    /// rename does nothing and succeeds, so the staging name is removed explicitly. The new
    /// content is already in place, so a failure here is not the save's: the staged copy
    /// stays for the next start to put in place.
    private func putBackupInPlace(_ staged: String) {
        if rename(staged, path + ".bak") == 0 { unlink(staged) }
    }

    /// Removes temporary files left by saves that were killed mid-way, and puts a staged
    /// previous version in place as `.bak` when its save had already replaced the file;
    /// returns how many leftovers it handled.
    @discardableResult
    public func removeLeftovers() -> Int {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for entry in entries {
            guard let prefix = [temporaryPrefix, backupStagingPrefix].first(where: entry.hasPrefix) else { continue }
            let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }) ?? 0
            // A live process may be saving right now; only a dead writer's file is garbage.
            if pid > 0, pid != getpid(), kill(pid, 0) == 0 { continue }
            let leftover = folder + "/" + entry
            if prefix == backupStagingPrefix, isPreviousVersion(leftover) {
                if rename(leftover, path + ".bak") == 0 { removed += 1 }
                unlink(leftover)
            } else if unlink(leftover) == 0 {
                removed += 1
            }
        }
        return removed
    }

    /// True when a staged backup differs from the current file: its save was killed after
    /// the rename, so it is the version the file had before, the one `.bak` should hold.
    private func isPreviousVersion(_ staged: String) -> Bool {
        var stagedInfo = stat(), current = stat()
        guard lstat(staged, &stagedInfo) == 0, stagedInfo.st_mode & S_IFMT == S_IFREG,
              lstat(path, &current) == 0 else { return false }
        if stagedInfo.st_ino == current.st_ino, stagedInfo.st_dev == current.st_dev { return false }
        // A copy (no hard links on this filesystem) is told apart by its content.
        guard let old = try? SideFile.read(staged, limit: SideFile.maximumStoreBytes),
              let new = try? SideFile.read(path, limit: SideFile.maximumStoreBytes) else { return false }
        return old != new
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8], fault: Fault?) throws(MigofError) {
        var sink = Sink(fd: fd, path: path, limit: nil)
        try sink.write(bytes)
    }
}
