/// Earlier searches of the browser, newest last, so erasing a character takes a result back
/// (finished, or as far as it had got) instead of scanning again.
///
/// Bounded, since each holds up to a row per country: at most `limit` searches and
/// `rowLimit` rows in all, the oldest dropped first. The browser empties it whenever the
/// order, a filter or the document changes, since its results no longer hold.
struct BrowserScanHistory: Sendable {
    private(set) var scans: [BrowserScan] = []
    var limit = 24
    var rowLimit = 1_000_000

    /// The searches, newest first.
    var newestFirst: [BrowserScan] { scans.reversed() }
    var isEmpty: Bool { scans.isEmpty }

    /// Keeps `scan`, replacing an older one of the same query.
    mutating func push(_ scan: BrowserScan) {
        scans.removeAll { $0.needle == scan.needle }
        scans.append(scan)
        var rows = scans.reduce(0) { $0 + $1.rows.count }
        while scans.count > limit || (rows > rowLimit && scans.count > 1) {
            rows -= scans.removeFirst().rows.count
        }
    }

    /// Takes out the search of `needle`, if kept.
    mutating func take(_ needle: [UInt8]) -> BrowserScan? {
        guard let index = scans.lastIndex(where: { $0.needle == needle }) else { return nil }
        return scans.remove(at: index)
    }

    mutating func removeAll() { scans.removeAll() }
}
