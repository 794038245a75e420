import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a report file: atomically (a reader never sees half a report, a failed write
/// leaves what was there), and never over the store or a file of its own.
public enum ReportFile {
    /// The store's own files a report must not replace: the store, its previous version,
    /// its journal and its lock.
    static let storeSuffixes = ["", ".bak", ".journal", ".lock"]

    /// Writes `text` to `path`, replacing any other file there; refuses the store `store` and
    /// its side files, through any link or second name, with nothing written.
    public static func write(_ text: String, to path: String, store: String) throws(MigofError) {
        if let reason = refusal(path, store: store) { throw .unknown(reason) }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw .io(path: path, message: "is a folder; give a file name for the report")
        }
        try AtomicFile(path: path).write(Array(text.utf8), keepBackup: false)
    }

    /// Why `path` may not take a report, or nil: it is, or links to, the store at `store` or
    /// one of the store's side files.
    public static func refusal(_ path: String, store: String) -> String? {
        let target = canonical(path)
        let storeTarget = canonical(store)
        for suffix in storeSuffixes where target == storeTarget + suffix || target == canonical(store + suffix) {
            let what = suffix.isEmpty ? "the store" : "the store's \(suffix.dropFirst()) file"
            return "refusing to write the report over \(what) \(store + suffix); choose another file"
        }
        // A second hard link to the store is the store too.
        var a = stat(), b = stat()
        if stat(path, &a) == 0, stat(store, &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino {
            return "refusing to write the report over the store \(store) (\(path) is the same file); choose another file"
        }
        return nil
    }

    /// The absolute path with links resolved: the file's own when it exists, else its
    /// folder's with the name appended.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        guard let resolved = realpath(folder, nil) else { return (absolute as NSString).standardizingPath }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + name
    }
}
