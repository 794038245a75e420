import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a crash at any moment leaves either the old or the new content.
///
/// The sequence is: write a temporary file in the same folder, fsync it, keep the old file
/// as `.bak`, rename the temporary over the target, fsync the folder.
public struct AtomicFile: Sendable {
    public let path: String

    /// A fault to inject in tests, to show that the original survives a failed write.
    public enum Fault: Sendable, Equatable {
        /// Fail with ENOSPC after this many bytes, as a full disk would.
        case diskFullAfter(Int)
        /// Fail just before the rename, after the temporary file is complete.
        case beforeRename
    }

    public init(path: String) {
        self.path = path
    }

    private var folder: String {
        let dir = (path as NSString).deletingLastPathComponent
        return dir.isEmpty ? "." : dir
    }

    private var name: String { (path as NSString).lastPathComponent }

    /// The prefix of temporary files, so leftovers from a killed save can be found and removed.
    public var temporaryPrefix: String { "." + name + ".tmp-" }

    /// Writes `bytes` atomically, keeping the previous version as `path.bak`.
    public func write(_ bytes: [UInt8], keepBackup: Bool = true, fault: Fault? = nil) throws(MigofError) {
        try write(keepBackup: keepBackup, fault: fault) { (sink: inout Sink) throws(MigofError) in try sink.write(bytes) }
    }

    /// Writes what `contents` hands its sink, chunk by chunk, atomically, keeping the previous
    /// version as `path.bak`: a large file is never held whole in memory. When `contents`
    /// throws, the temporary file is removed and the target is left as it was.
    public func write(keepBackup: Bool = true, fault: Fault? = nil,
                      contents: (inout Sink) throws(MigofError) -> Void) throws(MigofError) {
        let temporary = folder + "/" + temporaryPrefix + String(getpid())
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(temporary, "cannot create a temporary file") }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        do throws(MigofError) {
            var limit: Int?
            if case .diskFullAfter(let count) = fault { limit = count }
            var sink = Sink(fd: fd, path: path, limit: limit)
            try contents(&sink)
            guard fsync(fd) == 0 else { throw failure(temporary, "cannot flush to disk") }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw failure(temporary, "cannot close the temporary file") }
        if keepBackup, access(path, F_OK) == 0 {
            try backUp()
        }
        if fault == .beforeRename { throw MigofError.io(path: path, message: "injected failure before rename") }
        guard rename(temporary, path) == 0 else { throw failure(path, "cannot replace the file") }
        ok = true
        syncFolder()
    }

    /// The prefix of the previous version while it is being staged as `.bak`.
    public var backupStagingPrefix: String { name + ".bak.tmp-" }

    /// Removes temporary files left by saves that were killed mid-way (the new content, and the
    /// previous version being staged as `.bak`); returns how many.
    @discardableResult
    public func removeLeftovers() -> Int {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for entry in entries {
            guard let prefix = [temporaryPrefix, backupStagingPrefix].first(where: entry.hasPrefix) else { continue }
            let pid = Int32(entry.dropFirst(prefix.count)) ?? 0
            // A live process may be saving right now; only a dead writer's file is garbage.
            if pid > 0, pid != getpid(), kill(pid, 0) == 0 { continue }
            if unlink(folder + "/" + entry) == 0 { removed += 1 }
        }
        return removed
    }

    /// Hard-links the current file as `.bak`, which is atomic and costs no copy.
    private func backUp() throws(MigofError) {
        let backup = path + ".bak"
        let staged = folder + "/" + backupStagingPrefix + String(getpid())
        unlink(staged)
        if link(path, staged) != 0 {
            // Some filesystems refuse hard links; a copy is slower but just as safe.
            guard let data = FileManager.default.contents(atPath: path),
                  FileManager.default.createFile(atPath: staged, contents: data) else {
                throw failure(backup, "cannot keep the previous version")
            }
        }
        guard rename(staged, backup) == 0 else {
            unlink(staged)
            throw failure(backup, "cannot keep the previous version")
        }
    }

    private func syncFolder() {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            _ = fsync(fd)
            close(fd)
        }
    }

    private func failure(_ target: String, _ what: String) -> MigofError {
        .io(path: target, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
