import Foundation
import Testing
import MigofWidgets
#if canImport(Glibc)
import Glibc
#endif

/// Issue 11, item 16 for theme files: only a regular file of bounded size is read, so a FIFO,
/// a device or a folder named like a theme is refused with a message naming it.
@Suite struct ThemeFileKindTests {
    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let directory = try makeTemporaryDirectory()
        let path = directory.appendingPathComponent("fifo.json").path
        #expect(mkfifo(path, 0o600) == 0)
        // A reader that opens a FIFO without O_NONBLOCK waits for a writer forever. So that
        // such a regression fails instead of hanging the suite, a watchdog plays the writer
        // after a while: the blocked reader then sees an empty file and the expectations
        // below fail. A reader that never blocks is done long before, and the watchdog finds
        // no one to open for. (The old Foundation reader refused with a misleading "You
        // don't have permission", which fails the message check.)
        let watchdog = Thread {
            Thread.sleep(forTimeInterval: 10)
            let fd = open(path, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
        }
        watchdog.start()
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(from: URL(fileURLWithPath: path)) }
        #expect(error.file == path)
        #expect(error.description == "\(path): is not a regular file (a FIFO); migof reads only regular files")
    }

    @Test func aDeviceIsRefusedInsteadOfReadForever() throws {
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(from: URL(fileURLWithPath: "/dev/zero")) }
        #expect(error.description == "/dev/zero: is not a regular file (a character device); migof reads only regular files")
    }

    @Test func aFolderIsRefusedByKind() throws {
        let directory = try makeTemporaryDirectory()
        let folder = directory.appendingPathComponent("folder.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(from: folder) }
        #expect(error.description == "\(folder.path): is not a regular file (a folder); migof reads only regular files")
    }

    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let directory = try makeTemporaryDirectory()
        let path = directory.appendingPathComponent("huge.json").path
        // Sparse: 257 MB long, no blocks written, so the test costs nothing.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        #expect(fd >= 0)
        #expect(ftruncate(fd, off_t(257 << 20)) == 0)
        close(fd)
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(from: URL(fileURLWithPath: path)) }
        #expect(error.description == "\(path): is 257 MB, over the limit of 256 MB")
    }

    @Test func aMissingFileStillNamesTheFile() throws {
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(from: URL(fileURLWithPath: "/nonexistent/theme.json")) }
        #expect(error.description == "/nonexistent/theme.json: cannot read file (No such file or directory)")
    }
}
