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

    /// The indices, ascending, of the entries matching `query` (folded here); every entry for
    /// an empty query.
    public func matches(_ query: String) -> [Int] {
        let folded = query.folded
        guard !folded.isEmpty else { return Array(0..<count) }
        let byCode = codes[folded] ?? []
        let needle = Array(folded.utf8)
        var hits: [Int] = []
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let first = needle[0]
                for entry in 0..<count {
                    let end = starts[entry + 1]
                    var k = starts[entry]
                    var found = false
                    while k + needle.count <= end {
                        if haystack[k] == first, memcmpEqual(haystack, k, needle) {
                            found = true
                            break
                        }
                        k += 1
                    }
                    if found || byCode.contains(entry) { hits.append(entry) }
                }
            }
        }
        return hits
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
