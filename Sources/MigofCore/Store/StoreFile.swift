import Foundation

/// Loads and saves a store file on disk.
public struct StoreFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Reads and validates the store; the file is never modified by reading.
    public func load(framework: Framework) throws(MigofError) -> Store {
        let bytes = try readBytes()
        return try Store.parse(bytes, path: path, framework: framework)
    }

    /// The raw bytes of the file.
    public func readBytes() throws(MigofError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                throw .io(path: path, message: isFolder.boolValue ? "is a folder, not a store file" : "cannot read the file")
            }
            throw .notFound(path: path)
        }
        return [UInt8](data)
    }

    /// Saves the store atomically, keeping the previous version as `.bak`.
    /// The caller must hold the store's lock.
    public func save(_ store: Store, framework: Framework, fault: AtomicFile.Fault? = nil) throws(MigofError) {
        let text = store.encoded(framework: framework)
        try ensureFolder()
        try AtomicFile(path: path).write(Array(text.utf8), fault: fault)
    }

    /// Copies the bundled default store into place when no file exists yet.
    /// Returns true when it copied; an existing file is never replaced.
    public func installDefault(from bundled: String) throws(MigofError) -> Bool {
        guard !FileManager.default.fileExists(atPath: path) else { return false }
        guard let data = FileManager.default.contents(atPath: bundled) else {
            throw .notFound(path: bundled)
        }
        try ensureFolder()
        try AtomicFile(path: path).write([UInt8](data), keepBackup: false)
        return true
    }

    private func ensureFolder() throws(MigofError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder, message: "cannot create the folder")
        }
    }
}
