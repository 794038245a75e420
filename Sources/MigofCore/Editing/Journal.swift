import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write-ahead journal next to a store (`store.json.journal`, JSON Lines): every accepted
/// edit is appended and fsynced before the screen shows it, so a crash, `kill -9` or a lost
/// SSH session loses nothing that was shown as done.
public final class Journal: @unchecked Sendable {
    /// One journalled edit.
    public struct Entry: Sendable, Equatable {
        public var time: String
        public var user: String
        public var edit: Edit
    }

    /// What a journal file holds.
    public struct Contents: Sendable, Equatable {
        public var entries: [Entry]
        /// Set when the last line was cut short (the crash came mid-write); that line is ignored.
        public var ignoredPartialLine: Bool
    }

    public let path: String
    private let framework: Framework
    private var descriptor: Int32 = -1

    public init(storePath: String, framework: Framework) {
        path = storePath + ".journal"
        self.framework = framework
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends one edit and waits for it to reach the disk.
    public func append(_ edit: Edit, time: String, user: String) throws(MigofError) {
        if descriptor < 0 {
            descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw failure("cannot open the journal") }
        }
        let line = JSONWriter.line(.obj([("time", .string(time)), ("user", .string(user)),
                                         ("edit", edit.jsonValue(framework: framework))])) + "\n"
        let bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write the journal")
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw failure("cannot flush the journal") }
    }

    /// Empties the journal after a save; only call once the store's rename has happened.
    public func clear() throws(MigofError) {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        guard unlink(path) == 0 || errno == ENOENT else { throw failure("cannot clear the journal") }
    }

    /// Moves the journal aside as `…journal.discarded-<time>`; it is never deleted.
    public func setAside(now: Date = Date()) throws(MigofError) -> String {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        let stamp = Self.timestamp(now).replacingOccurrences(of: ":", with: "")
        let target = path + ".discarded-" + stamp
        guard rename(path, target) == 0 else { throw failure("cannot set the journal aside") }
        return target
    }

    /// Reads the journal; a missing file is an empty journal.
    public func read() throws(MigofError) -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw .io(path: path, message: "cannot read the journal") }
            return Contents(entries: [], ignoredPartialLine: false)
        }
        return try Self.parse([UInt8](data), path: path, framework: framework)
    }

    /// Parses journal bytes. A last line without its newline is a write cut by a crash and is
    /// ignored; any other bad line is an error naming it.
    public static func parse(_ bytes: [UInt8], path: String, framework: Framework) throws(MigofError) -> Contents {
        var entries: [Entry] = []
        var partial = false
        var start = 0
        var line = 0
        while start < bytes.count {
            line += 1
            guard let end = bytes[start...].firstIndex(of: 0x0A) else {
                partial = true
                break
            }
            let slice = Array(bytes[start..<end])
            start = end + 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            entries.append(try parseLine(slice, line: line, path: path, framework: framework))
        }
        return Contents(entries: entries, ignoredPartialLine: partial)
    }

    private static func parseLine(_ bytes: [UInt8], line: Int, path: String, framework: Framework) throws(MigofError) -> Entry {
        let node: JSONNode
        do {
            node = try JSONParser.parse(bytes)
        } catch {
            throw .invalid([Diagnostic(path: path, line: line, column: error.position.column, message: error.message)])
        }
        var decoder = StoreDecoder(reader: NodeReader(path: path), framework: framework)
        let time = node.member("time")?.value.string
        let user = node.member("user")?.value.string
        let edit = node.member("edit").flatMap { decoder.decodeEdit($0.value) }
        guard let time, let user, let edit, decoder.reader.diagnostics.isEmpty else {
            let reason = decoder.reader.diagnostics.first?.message ?? "a journal line needs time, user and edit"
            throw .invalid([Diagnostic(path: path, line: line, column: 0, message: reason)])
        }
        return Entry(time: time, user: user, edit: edit)
    }

    /// UTC ISO 8601 with seconds: `2026-11-29T02:47:00Z`.
    public static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    private func failure(_ what: String) -> MigofError {
        .io(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
