import Foundation

extension StoreFile {
    /// The framework the file says it was scored with, read from its first few kilobytes
    /// without decoding it: what `Workspace.loadFramework` picks a framework by when none is
    /// chosen. A version 1 file records none and means the MGI topics. Nil when the file is
    /// missing or its head is not in migof's own layout; the decoder then decides, and a
    /// mismatch is reported there. Opened as every store read is (non-blocking, regular
    /// files only), so a FIFO or a device at the store's path is refused by the load that
    /// follows instead of blocking here.
    public func recordedFramework() -> FrameworkRef? {
        guard let (fd, _) = try? SideFile.openForReading(path, limit: SideFile.maximumStoreBytes) else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let got = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, 4096) }
        guard got > 0 else { return nil }
        let head = String(decoding: buffer[..<got], as: UTF8.self)
        // Whitespace (CRLF included) and a byte order mark are allowed around the tokens.
        let compact = head.filter { !$0.isWhitespace && $0 != "\u{FEFF}" }
        if compact.hasPrefix("{\"version\":1,") { return FrameworkRef.versionOneDefault }
        guard compact.hasPrefix("{\"version\":2,\"framework\":{\"id\":\"") else { return nil }
        let rest = compact.dropFirst("{\"version\":2,\"framework\":{\"id\":\"".count)
        guard let quote = rest.firstIndex(of: "\"") else { return nil }
        let id = String(rest[..<quote])
        let tail = rest[rest.index(after: quote)...]
        guard tail.hasPrefix(",\"version\":") else { return nil }
        let digits = tail.dropFirst(",\"version\":".count).prefix { $0.isNumber }
        guard let version = Int(digits) else { return nil }
        return FrameworkRef(id: id, version: version)
    }
}
