import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loads and saves a store file on disk.
public struct StoreFile: Sendable {
    public let path: String
    /// Stores of this many bytes or more are decoded on two threads (see `loadFast`); tests
    /// lower it to take that path on small stores.
    var twoThreadsFrom = StoreFile.twoThreadsThreshold

    public init(path: String) {
        self.path = path
    }

    /// Reads and validates the store; the file is never modified by reading.
    ///
    /// A valid file is decoded in one pass from a buffer whose pages are handed back to the
    /// system as the decoder moves past them, so loading a large store peaks at about the
    /// size of the model rather than the model plus the file. Anything the fast decoder is
    /// unsure of is read again and decided by the checked decoder.
    ///
    /// `progress` hears, from the decoding thread, how far the fast path has come, after
    /// each entity; the checked path (a file with an error or an unusual form) reports nothing.
    public func load(framework: Framework, progress: ((LoadProgress) -> Void)? = nil) throws(MigofError) -> Store {
        try load(framework: framework, progress: progress, headlines: false).store
    }

    /// As `load(framework:progress:)`; with `headlines`, also each entity's headline ratings
    /// when the fast path read the store (nil when the checked path did: see `StoreHeadlines`).
    public func load(framework: Framework, progress: ((LoadProgress) -> Void)?,
                     headlines: Bool) throws(MigofError) -> (store: Store, headlines: StoreHeadlines?) {
        if let loaded = try loadFast(framework: framework, progress: progress, headlines: headlines) { return loaded }
        let bytes = try readBytes()
        return (try Store.parseChecked(bytes, path: path, framework: framework), nil)
    }

    /// Opens the store for reading: a FIFO, device or folder is refused at once (and never
    /// blocks the open), and so is a file over `SideFile.maximumStoreBytes`.
    func openForReading() throws(MigofError) -> Int32 {
        try SideFile.openForReading(path, limit: SideFile.maximumStoreBytes).fd
    }

    /// The raw bytes of the file, read straight into one array (no intermediate `Data` copy,
    /// which would double the peak memory of loading a large store).
    public func readBytes() throws(MigofError) -> [UInt8] {
        let fd = try openForReading()
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(path: path, message: "cannot read the file") }
        // Read the size fstat reports straight into the array, then whatever a writer appended since.
        let expected = max(0, Int(info.st_size))
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected, let base = buffer.baseAddress {
                let got = read(fd, base + count, expected - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                count += got
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while failure == 0, bytes.count <= SideFile.maximumStoreBytes {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { failure = errno }
            if got <= 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        guard failure == 0 else {
            throw .io(path: path, message: "cannot read the file: \(String(cString: strerror(failure)))")
        }
        guard bytes.count <= SideFile.maximumStoreBytes else {
            throw .io(path: path, message: "grew over the limit of \(SideFile.maximumStoreBytes >> 20) MB while being read")
        }
        return bytes
    }

    /// Saves the store atomically, keeping the previous version as `.bak`.
    /// The caller must hold the store's lock.
    ///
    /// Temporary files of saves that were killed mid-way are removed first, so a crash
    /// leaves no litter beyond the next save.
    /// Returns the number of bytes written; `keepBackup: false` keeps no `.bak` (for files
    /// migof creates, such as `generate`'s).
    @discardableResult
    public func save(_ store: Store, framework: Framework, keepBackup: Bool = true,
                     fault: AtomicFile.Fault? = nil) throws(MigofError) -> Int {
        try ensureFolder()
        let file = AtomicFile(path: path)
        file.removeLeftovers()
        // Streamed: the encoder hands over a chunk at a time, so a save never holds the whole
        // file's bytes beside the model (a store of 100,000 entities is over 600 MB).
        var encoder = StoreEncoder(framework: framework, capacity: Self.saveChunk + (1 << 16))
        var written = 0
        try file.write(keepBackup: keepBackup, fault: fault) { (sink: inout AtomicFile.Sink) throws(MigofError) in
            try encoder.write(store, chunk: Self.saveChunk) { (bytes: inout [UInt8]) throws(MigofError) in
                try sink.write(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
            written = sink.count
        }
        return written
    }

    /// How many encoded bytes a save gathers before writing them out.
    static let saveChunk = 1 << 20

    /// The bytes `save` would write, whole: for a save that must hash them first (the
    /// dashboard's, whose journal records the new store's SHA-256 before the rename).
    public func encode(_ store: Store, framework: Framework) -> [UInt8] {
        // The file's current size is a close guess of the new one and spares regrowing the buffer.
        var info = stat()
        let capacity = stat(path, &info) == 0 ? Int(info.st_size) + 4096 : 0
        return store.encodedBytes(framework: framework, capacity: capacity)
    }

    /// Writes encoded store bytes atomically, keeping the previous version as `.bak`.
    /// The caller must hold the store's lock.
    public func write(_ bytes: [UInt8], fault: AtomicFile.Fault? = nil) throws(MigofError) {
        try ensureFolder()
        let file = AtomicFile(path: path)
        file.removeLeftovers()
        try file.write(bytes, fault: fault)
    }

    /// Copies the bundled default store into place when no file exists yet.
    /// Returns true when it copied; an existing file is never replaced.
    public func installDefault(from bundled: String) throws(MigofError) -> Bool {
        guard !FileManager.default.fileExists(atPath: path) else { return false }
        let data = try SideFile.read(bundled, limit: SideFile.maximumStoreBytes)
        try ensureFolder()
        try AtomicFile(path: path).write(data, keepBackup: false)
        return true
    }

    /// Creates the store's folder when missing.
    public func ensureFolder() throws(MigofError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder, message: "cannot create the folder")
        }
    }
}
