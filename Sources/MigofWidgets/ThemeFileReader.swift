import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the bytes of a theme file the way MigofCore's `SideFile` reads the files beside a
/// store (Widgets does not import MigofCore): only a regular file, of bounded size, opened
/// without blocking, so a FIFO, a device or a folder named `*.json` in a theme folder is
/// refused with a message instead of hanging the start or filling memory.
enum ThemeFileReader {
    /// The largest theme file migof reads, the same limit MigofCore puts on every side file
    /// (a real theme is about a kilobyte).
    static let maximumBytes = 256 << 20

    /// The whole of the regular file at `path`, at most `limit` bytes.
    static func read(_ path: String, limit: Int = maximumBytes) throws(ThemeError) -> Data {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot read file") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, "cannot read file") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw ThemeError(file: path, line: nil, reason: "is not a regular file (\(kind(info.st_mode))); migof reads only regular files")
        }
        guard Int(info.st_size) <= limit else {
            throw ThemeError(file: path, line: nil, reason: "is \(megabytes(Int(info.st_size))), over the limit of \(megabytes(limit))")
        }
        return try readAll(fd, path: path, limit: limit, sizeHint: Int(info.st_size))
    }

    /// Everything from the file's start, refusing a file that grows past `limit` meanwhile.
    private static func readAll(_ fd: Int32, path: String, limit: Int, sizeHint: Int) throws(ThemeError) -> Data {
        var bytes = [UInt8]()
        bytes.reserveCapacity(min(sizeHint, limit))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let offset = off_t(bytes.count)
            let got = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { throw failure(path, "cannot read file") }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > limit {
                throw ThemeError(file: path, line: nil, reason: "grew over the limit of \(megabytes(limit)) while being read")
            }
        }
        return Data(bytes)
    }

    /// Whole megabytes, as SideFile words its limits; a smaller limit (tests) in bytes.
    private static func megabytes(_ count: Int) -> String {
        count >= 1 << 20 ? "\(count >> 20) MB" : "\(count) bytes"
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    private static func failure(_ path: String, _ what: String) -> ThemeError {
        ThemeError(file: path, line: nil, reason: "\(what) (\(String(cString: strerror(errno))))")
    }
}
