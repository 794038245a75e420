/// Search-as-you-type over many names at once: which entries' folded names contain a
/// folded query, or whose codes equal it.
///
/// The names live in one byte buffer and a query is matched by scanning bytes, with no
/// per-name `String` work, so a keystroke over 20,000 names costs a fraction of a
/// millisecond. Matching is on the UTF-8 of folded text (see `String.folded`): case and
/// accents are ignored, as everywhere in migof.
public struct NameSearch: Sendable {
    private var bytes: [UInt8] = []
    /// Where each entry's name starts in `bytes`; one more offset marks the end of the last.
    private var starts: [Int] = [0]
    /// Entries by each of their folded codes.
    private var codes: [String: [Int]] = [:]

    /// Entries in order: a name and the codes that find the entry when typed in full.
    public init<S: Sequence>(_ entries: S) where S.Element == (name: String, codes: [String]) {
        for (index, entry) in entries.enumerated() {
            bytes.append(contentsOf: entry.name.folded.utf8)
            starts.append(bytes.count)
            for code in entry.codes where !code.isEmpty {
                codes[code.folded, default: []].append(index)
            }
        }
    }

    /// How many entries there are.
    public var count: Int { starts.count - 1 }

    /// True when entry `entry`'s folded name contains `needle` (folded UTF-8); always for an
    /// empty needle. One entry at a time, so a caller can scan in bounded steps.
    public func nameContains(_ entry: Int, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let end = starts[entry + 1]
                var k = starts[entry]
                while k + needle.count <= end {
                    if haystack[k] == first, memcmpEqual(haystack, k, needle) { return true }
                    k += 1
                }
                return false
            }
        }
    }

    /// The entries, ascending, one of whose codes equals `folded` (already folded).
    public func codeMatches(_ folded: String) -> [Int] { codes[folded] ?? [] }

    /// Recent queries and their name matches, newest last: typing narrows the newest, and
    /// erasing returns to an older one without a scan.
    private var recent: [(query: [UInt8], hits: [Int])] = []
    private static let recentLimit = 32

    /// The indices, ascending, of the entries matching `query` (folded here); every entry for
    /// an empty query.
    ///
    /// A query that contains a recent one only searches that one's matches (a name holding
    /// the longer text holds the shorter), and a recent query is answered from memory, so
    /// typing and erasing cost what the matches cost, not what the store holds.
    public mutating func matches(_ query: String) -> [Int] {
        let folded = query.folded
        guard !folded.isEmpty else { return Array(0..<count) }
        let needle = Array(folded.utf8)
        let byName: [Int]
        if let known = recent.lastIndex(where: { $0.query == needle }) {
            byName = recent[known].hits
            recent.append(recent.remove(at: known))
        } else {
            let within = recent.last(where: { Self.contains(needle, $0.query) })?.hits
            byName = scan(needle, within: within)
            recent.append((needle, byName))
            if recent.count > Self.recentLimit { recent.removeFirst() }
        }
        guard let byCode = codes[folded] else { return byName }
        return Array(Set(byName).union(byCode)).sorted()
    }

    /// Entries whose names contain `needle`, among `within` when given.
    private func scan(_ needle: [UInt8], within: [Int]?) -> [Int] {
        var hits: [Int] = []
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                func test(_ entry: Int) {
                    let end = starts[entry + 1]
                    var k = starts[entry]
                    let first = needle[0]
                    while k + needle.count <= end {
                        if haystack[k] == first, memcmpEqual(haystack, k, needle) {
                            hits.append(entry)
                            return
                        }
                        k += 1
                    }
                }
                if let within {
                    for entry in within { test(entry) }
                } else {
                    for entry in 0..<count { test(entry) }
                }
            }
        }
        return hits
    }

    private static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
    }

    private func memcmpEqual(_ haystack: UnsafeBufferPointer<UInt8>, _ at: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        var n = 1
        while n < needle.count {
            if haystack[at + n] != needle[n] { return false }
            n += 1
        }
        return true
    }
}
