import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory write lock on a store, held through `flock` on the sidecar `store.json.lock`.
///
/// flock is released by the kernel when the process dies, so a crash or `kill -9` never
/// leaves a stale lock behind; the PID written into the file only names the holder. The
/// holder writes its PID right after taking the lock and empties the file before releasing
/// it, and a refused process waits (briefly) until it reads the PID of a live process, so a
/// refusal names the current holder, not a past one or none.
///
/// The lock file is never followed through a symbolic link, never written when it has other
/// hard links, and takes the store's mode so everyone who may write the store may lock it.
public final class StoreLock: @unchecked Sendable {
    // @unchecked: the descriptor is only touched by `release`, which the owner calls once
    // (or deinit does); the class exists so the lock is released exactly once.
    /// Path of the sidecar lock file.
    public let path: String
    private var descriptor: Int32

    /// How long a refused process waits to read the holder's PID.
    static let holderWait: TimeInterval = 0.5

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The sidecar lock path for a store path.
    public static func lockPath(forStore storePath: String) -> String { storePath + ".lock" }

    /// Takes the lock without waiting for it; throws `.locked` naming the holder's PID when taken.
    public static func acquire(forStore storePath: String) throws(MigofError) -> StoreLock {
        let path = lockPath(forStore: storePath)
        let fd = try openLockFile(path, storePath: storePath)
        let deadline = Date().addingTimeInterval(holderWait)
        var holder: Int32?
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            holder = readPID(fd)
            if let pid = holder, isAlive(pid) { break }
            // The holder has the lock but has not written its PID yet (or a crashed holder's
            // PID is still there): look again in a moment, or take the lock if it came free.
            holder = nil
            guard Date() < deadline else { break }
            usleep(2000)
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw .locked(path: storePath, pid: holder)
        }
        let text = Array("\(getpid())\n".utf8)
        // Written over whatever is there, then cut: a reader sees the new PID on the first line.
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        _ = ftruncate(fd, off_t(text.count))
        return StoreLock(path: path, descriptor: fd)
    }

    private static func openLockFile(_ path: String, storePath: String) throws(MigofError) -> Int32 {
        let ownership = (SideFile.Ownership.of(storePath) ?? .fresh).forSideFile
        for _ in 0..<3 {
            let existing = try SideFile.openExisting(path, flags: O_RDWR)
            if existing >= 0 { return existing }
            let created = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if created >= 0 {
                ownership.apply(to: created)
                return created
            }
            // EEXIST: another process created it between the two calls; open theirs.
            guard errno == EEXIST else { throw SideFile.failure(path, "cannot open the lock file") }
        }
        throw .io(path: path, message: "cannot open the lock file: it keeps appearing and disappearing")
    }

    /// The PID recorded by the current holder, if the lock is held by someone else.
    public static func holder(ofStore storePath: String) -> Int32? {
        let fd = open(lockPath(forStore: storePath), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            _ = flock(fd, LOCK_UN)
            return nil
        }
        return readPID(fd)
    }

    /// Releases the lock; safe to call twice. The file is emptied first, so no later reader
    /// mistakes this process for the holder.
    public func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    private static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
        guard count > 0 else { return nil }
        let first = bytes[0..<count].split(separator: 0x0A, omittingEmptySubsequences: false).first ?? []
        return Int32(String(decoding: first, as: UTF8.self).trimmingCharacters(in: .whitespaces))
    }
}
