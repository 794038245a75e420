/// One search of the browser, done in bounded steps: the rows (positions in the browser's
/// `sorted`, ascending) found so far for one query, and what is left to test.
///
/// The candidates are a list of segments, tested in order, whose entries ascend from one
/// segment to the next, so the rows found are always a prefix of the final rows and a row,
/// once shown, keeps its place. A new scan tests every entry; a narrowed one (the query
/// grew) tests only the rows this scan found, then what it had left, since a name holding
/// the longer text holds the shorter. The entries whose code equals the query are merged
/// in, in order, because a code match need not be a name match of the shorter query.
struct BrowserScan: Sendable {
    /// A run of candidates: `entries[next..<end]`, or the positions `next..<end` themselves
    /// when `entries` is nil (a scan of everything).
    struct Segment: Sendable {
        var entries: [Int32]?
        var next: Int
        var end: Int
        /// True when these entries already passed the region and rating filters (rows of an
        /// earlier scan under the same filters), so only the name is tested again.
        var prefiltered: Bool

        var count: Int { end - next }
        func entry(_ index: Int) -> Int32 { entries.map { $0[index] } ?? Int32(index) }
    }

    /// The folded query, as `NameSearch` compares it (the normalized search text).
    let needle: [UInt8]
    /// The rows found so far, ascending.
    private(set) var rows: [Int32] = []
    private var segments: [Segment]
    /// Entries whose code equals the query, ascending, and how many of them were merged.
    private let codeHits: [Int32]
    private var codeNext = 0
    /// Candidates tested so far, and in all, for the share shown while searching.
    private(set) var tested = 0
    let total: Int

    /// A scan of every one of `count` entries.
    init(needle: [UInt8], count: Int, codeHits: [Int32]) {
        self.init(needle: needle, segments: [Segment(entries: nil, next: 0, end: count, prefiltered: false)], codeHits: codeHits)
    }

    private init(needle: [UInt8], segments: [Segment], codeHits: [Int32]) {
        self.needle = needle
        self.segments = segments.filter { $0.count > 0 }
        self.codeHits = codeHits
        total = self.segments.reduce(codeHits.count) { $0 + $1.count }
    }

    /// True once every candidate was tested: `rows` are the query's rows.
    var isComplete: Bool { segments.isEmpty && codeNext == codeHits.count }
    /// How much of the scan is done, 0 to 100.
    var percent: Int { total == 0 ? 100 : min(100, tested * 100 / total) }

    /// True when `needle` holds this scan's query, so its rows and what it has left hold
    /// every row of `needle`'s (with `needle`'s code matches, merged by the new scan).
    func covers(_ needle: [UInt8]) -> Bool {
        guard self.needle.count <= needle.count else { return false }
        if self.needle.isEmpty { return true }
        return (0...(needle.count - self.needle.count)).contains { start in
            needle[start..<(start + self.needle.count)].elementsEqual(self.needle)
        }
    }

    /// The scan of a longer query: the rows found so far, then the candidates not yet tested.
    func narrowed(to needle: [UInt8], codeHits: [Int32]) -> BrowserScan {
        let found = Segment(entries: rows, next: 0, end: rows.count, prefiltered: true)
        return BrowserScan(needle: needle, segments: [found] + segments, codeHits: codeHits)
    }

    /// True when every candidate up to `entry` was tested, so whether it is a row is known.
    func hasPassed(_ entry: Int32) -> Bool {
        if let segment = segments.first, entry >= segment.entry(segment.next) { return false }
        if codeNext < codeHits.count, entry >= codeHits[codeNext] { return false }
        return true
    }

    /// Tests up to `limit` more candidates; `test(entry, byName, prefiltered)` says whether
    /// an entry is a row, `byName` false for a code match (its name need not match).
    mutating func advance(limit: Int, _ test: (_ entry: Int32, _ byName: Bool, _ prefiltered: Bool) -> Bool) {
        var budget = limit
        while budget > 0, !segments.isEmpty {
            var segment = segments[0]
            let stop = budget >= segment.count ? segment.end : segment.next + budget
            while segment.next < stop {
                let entry = segment.entry(segment.next)
                var byCode = false
                while codeNext < codeHits.count, codeHits[codeNext] <= entry {
                    let hit = codeHits[codeNext]
                    codeNext += 1
                    tested += 1
                    if hit == entry { byCode = true } else if rows.last != hit, test(hit, false, false) { rows.append(hit) }
                }
                if rows.last != entry, test(entry, !byCode, segment.prefiltered) { rows.append(entry) }
                segment.next += 1
                tested += 1
                budget -= 1
            }
            if segment.next == segment.end { segments.removeFirst() } else { segments[0] = segment }
        }
        guard segments.isEmpty else { return }
        while codeNext < codeHits.count, budget > 0 {
            let hit = codeHits[codeNext]
            codeNext += 1
            tested += 1
            budget -= 1
            if rows.last != hit, test(hit, false, false) { rows.append(hit) }
        }
    }
}
