import Foundation

extension StoreFile {
    /// The framework the file says it was scored with, read from its first few kilobytes
    /// without decoding it: what `Workspace.loadFramework` picks a framework by when none is
    /// chosen. A version 1 file records none and means the MGI topics. Nil when the file is
    /// missing or its head is not in migof's own layout; the decoder then decides, and a
    /// mismatch is reported there.
    public func recordedFramework() -> FrameworkRef? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        // Whitespace (CRLF included) and a byte order mark are allowed around the tokens.
        let compact = head.filter { !$0.isWhitespace && $0 != "\u{FEFF}" }
        if compact.hasPrefix("{\"version\":1,") { return FrameworkRef.versionOneDefault }
        return Self.recordedFramework(compactHead: compact)
    }

    /// The framework a store's head records, given with whitespace removed (also for bytes
    /// that are not in a file, such as a git revision).
    public static func recordedFramework(compactHead compact: String) -> FrameworkRef? {
        if compact.hasPrefix("{\"version\":1,") { return FrameworkRef.versionOneDefault }
        guard let prefix = ["{\"version\":2,\"framework\":{\"id\":\"", "{\"version\":3,\"framework\":{\"id\":\""]
            .first(where: compact.hasPrefix) else { return nil }
        let rest = compact.dropFirst(prefix.count)
        guard let quote = rest.firstIndex(of: "\"") else { return nil }
        let id = String(rest[..<quote])
        let tail = rest[rest.index(after: quote)...]
        guard tail.hasPrefix(",\"version\":") else { return nil }
        let digits = tail.dropFirst(",\"version\":".count).prefix { $0.isNumber }
        guard let version = Int(digits) else { return nil }
        return FrameworkRef(id: id, version: version)
    }
}
