import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory write lock on a store, held through `flock` on the sidecar `store.json.lock`.
///
/// flock is released by the kernel when the process dies, so a crash or `kill -9` never
/// leaves a stale lock behind; the PID written into the file only names the holder.
public final class StoreLock: @unchecked Sendable {
    /// Path of the sidecar lock file.
    public let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The sidecar lock path for a store path.
    public static func lockPath(forStore storePath: String) -> String { storePath + ".lock" }

    /// Takes the lock without waiting; throws `.locked` naming the holder's PID when taken.
    public static func acquire(forStore storePath: String) throws(MigofError) -> StoreLock {
        let path = lockPath(forStore: storePath)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .io(path: path, message: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = readPID(fd)
            close(fd)
            throw .locked(path: storePath, pid: holder)
        }
        let text = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        return StoreLock(path: path, descriptor: fd)
    }

    /// The PID recorded by the current holder, if the lock is held by someone else.
    public static func holder(ofStore storePath: String) -> Int32? {
        let fd = open(lockPath(forStore: storePath), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            _ = flock(fd, LOCK_UN)
            return nil
        }
        return readPID(fd)
    }

    /// Releases the lock; safe to call twice.
    public func release() {
        guard descriptor >= 0 else { return }
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: bytes[0..<count], as: UTF8.self)
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
