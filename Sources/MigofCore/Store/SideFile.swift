import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Safe primitives for the store and the files beside it (temporary file, `.bak`, lock,
/// journal): none follows a symbolic link, none is created under a guessable name, each takes
/// the store's mode and owner, and reads refuse anything but a regular file of bounded size.
public enum SideFile {
    /// The largest store migof reads: eight times the 123 MB of a 20,000-entity store.
    public static let maximumStoreBytes = 1 << 30
    /// The largest framework, journal, theme or CSV file migof reads.
    public static let maximumSideBytes = 256 << 20

    /// Mode and owner a new file beside the store takes, copied from the store.
    public struct Ownership: Sendable, Equatable {
        public var mode: mode_t
        public var owner: uid_t
        public var group: gid_t

        /// The ownership of the file at `path`, or nil when it does not exist.
        public static func of(_ path: String) -> Ownership? {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return Ownership(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid)
        }

        /// What a new store gets: the usual 0666 less the process umask, owned by the process.
        public static var fresh: Ownership {
            Ownership(mode: 0o666 & ~processUmask(), owner: getuid(), group: getgid())
        }

        /// The umask, read from /proc so that no other thread ever sees it changed; where
        /// /proc is missing, it is set and put back at once.
        private static func processUmask() -> mode_t {
            if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
               let value = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) {
                return value
            }
            let mask = umask(0o077)
            umask(mask)
            return mask
        }

        /// The same, limited so a journal or lock is never more readable than the store while
        /// its owner can always read and write it.
        public var forSideFile: Ownership {
            Ownership(mode: (mode & 0o066) | 0o600, owner: owner, group: group)
        }

        /// Applies the mode and, as far as the process may, the owner and group to `fd`.
        /// A failure to change the owner is not an error: only root may give a file away.
        public func apply(to fd: Int32) {
            if fchown(fd, owner, group) != 0 { _ = fchown(fd, uid_t.max, group) }
            _ = fchmod(fd, mode & 0o777)
        }
    }

    /// An unguessable suffix, so no one can plant a file or link where migof will create one.
    public static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Creates a new file that must not exist yet and is never a link's target: the temporary
    /// file of a save, a new journal or lock. Starts private, then takes `ownership`.
    public static func createExclusive(_ path: String, ownership: Ownership, flags: Int32 = O_WRONLY) throws(MigofError) -> Int32 {
        let fd = open(path, flags | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, "cannot create the file") }
        ownership.apply(to: fd)
        return fd
    }

    /// Opens an existing side file for writing: refused when it is a link, not a regular
    /// file, or has other hard links (writing would change a file elsewhere).
    /// Returns -1 with errno ENOENT when it does not exist.
    public static func openExisting(_ path: String, flags: Int32) throws(MigofError) -> Int32 {
        let fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return -1 }
            if errno == ELOOP { throw .io(path: path, message: "is a symbolic link; migof never follows links for the files beside a store") }
            throw failure(path, "cannot open the file")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw failure(path, "cannot open the file")
        }
        if info.st_mode & S_IFMT != S_IFREG {
            close(fd)
            throw .io(path: path, message: "is not a regular file (\(kind(info.st_mode)))")
        }
        if info.st_nlink > 1 {
            close(fd)
            throw .io(path: path, message: "has \(info.st_nlink) hard links; migof writes only files that are nowhere else")
        }
        return fd
    }

    /// Opens a file for reading without blocking on a FIFO or device, and checks it is a
    /// regular file of at most `limit` bytes. Returns the descriptor and the size.
    /// With `followLink` false (a side file), a symbolic link is refused.
    public static func openForReading(_ path: String, limit: Int, followLink: Bool = true) throws(MigofError) -> (fd: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLink ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notFound(path: path) }
            if errno == ELOOP { throw .io(path: path, message: "is a symbolic link; migof never follows links for the files beside a store") }
            throw failure(path, "cannot read the file")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw failure(path, "cannot read the file")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .io(path: path, message: "is not a regular file (\(kind(info.st_mode))); migof reads only regular files")
        }
        guard Int(info.st_size) <= limit else {
            close(fd)
            throw .io(path: path, message: "is \(Int(info.st_size) >> 20) MB, over the limit of \(limit >> 20) MB")
        }
        return (fd, Int(info.st_size))
    }

    /// The whole of a regular file of at most `limit` bytes (a file that grows past the
    /// limit while being read is refused too).
    public static func read(_ path: String, limit: Int, followLink: Bool = true) throws(MigofError) -> [UInt8] {
        let (fd, size) = try openForReading(path, limit: limit, followLink: followLink)
        defer { close(fd) }
        return try readAll(fd, path: path, limit: limit, sizeHint: size)
    }

    /// Everything in an open file from its start, at most `limit` bytes.
    public static func readAll(_ fd: Int32, path: String, limit: Int, sizeHint: Int = 0) throws(MigofError) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(min(sizeHint, limit))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let offset = off_t(bytes.count)
            let got = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { throw failure(path, "cannot read the file") }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > limit { throw .io(path: path, message: "grew over the limit of \(limit >> 20) MB while being read") }
        }
        return bytes
    }

    /// The file a path names: the path itself, or, when it is a symbolic link, the real
    /// path of its target, so a linked store is written in place and its side files sit
    /// beside the target. A link to nothing is refused rather than replaced by a file.
    public static func followingLink(_ path: String) throws(MigofError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            throw .io(path: path, message: "is a symbolic link to a file that does not exist; migof follows a store link only to an existing file")
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Flushes a folder's entries, so a created, renamed or removed file survives a power cut.
    public static func syncFolder(of path: String) {
        let fd = open(folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// The folder holding `path` (`.` for a bare name).
    public static func folder(of path: String) -> String {
        let dir = (path as NSString).deletingLastPathComponent
        return dir.isEmpty ? "." : dir
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }

    static func failure(_ path: String, _ what: String) -> MigofError {
        .io(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
