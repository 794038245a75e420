import Dispatch
import MigofCore
import MigofWidgets

/// The browser's search, as fzf and VisiData do it: a keystroke narrows what the last one
/// found, erasing takes an earlier result back, and on a large store the frame is drawn as
/// soon as a screenful is found while the rest is scanned between keys (`idle`).
extension BrowserModel {
    /// The search text as `NameSearch` compares it: folded, without surrounding spaces.
    var needle: [UInt8] { Array(CountryIndex.normalized(search.text).folded.utf8) }

    /// True while the search has candidates left to test; `idle` goes on with them.
    var isScanning: Bool { !scan.isComplete }

    /// Scans again from every country, to the end, and selects `entry` if it stays listed.
    /// For changes of order, filters or document, where no earlier result applies.
    mutating func rescan(_ document: Document, keeping entry: Int32?) {
        history.removeAll()
        follow = nil
        scan = BrowserScan(needle: needle, count: sorted.count, codeHits: codeHits(needle))
        finishScan(document)
        if let entry, let row = row(ofEntry: entry) { list.selected = row }
    }

    /// After the search text changed: the new rows from the nearest earlier result, scanned
    /// as far as the keystroke's budget goes. The top row stays selected if still listed.
    mutating func searchEdited(_ document: Document) {
        let top = rows.first
        list = ListState()
        let needle = self.needle
        guard needle != scan.needle else { return }
        let previous = scan
        if let earlier = history.take(needle) {
            scan = earlier
        } else if let base = ([previous] + history.newestFirst).first(where: { $0.covers(needle) }) {
            scan = base.narrowed(to: needle, codeHits: codeHits(needle))
        } else {
            scan = BrowserScan(needle: needle, count: sorted.count, codeHits: codeHits(needle))
        }
        history.push(previous)
        follow = top
        keystrokeScan(document)
    }

    /// After the search text was cleared (Esc): every row again, taken back from the history
    /// when it holds them, keeping the selected row.
    mutating func searchCleared(_ document: Document) {
        guard let all = history.take([]) else { return refilter(document) }
        let selected = rows.indices.contains(list.selected) ? rows[list.selected] : nil
        history.push(scan)
        scan = all
        follow = nil
        finishScan(document)
        if let selected, let row = row(ofEntry: selected) { list.selected = row }
    }

    /// One step of the search between keys: a bounded share of what is left.
    mutating func idle(_ document: Document) {
        guard isScanning else { return }
        let started = DispatchTime.now().uptimeNanoseconds
        var tested = 0
        let test = rowTest(document)
        while !scan.isComplete, tested < budget.idleCandidates {
            if let limit = budget.idleNs, DispatchTime.now().uptimeNanoseconds - started >= limit { break }
            let before = scan.tested
            scan.advance(limit: budget.chunk, test.passes)
            tested += scan.tested - before
        }
        resolveFollow()
    }

    /// Scans what is left at once: before a view that needs every row (the frequency view).
    mutating func finishScan(_ document: Document) {
        guard isScanning else { return }
        scan.advance(limit: Int.max, rowTest(document).passes)
        resolveFollow()
    }

    /// The row showing `entry` (a position in `sorted`), if it is listed.
    func row(ofEntry entry: Int32) -> Int? {
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle] < entry { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low] == entry ? low : nil
    }

    /// The row showing `code`, if it is listed.
    func row(ofCode code: String) -> Int? {
        sorted.firstIndex(of: code).flatMap { row(ofEntry: Int32($0)) }
    }

    /// The keystroke's share: everything when little is left (small stores never show a
    /// search under way), else until a screenful is found and the followed row is settled,
    /// or the budget is spent.
    private mutating func keystrokeScan(_ document: Document) {
        let started = DispatchTime.now().uptimeNanoseconds
        let test = rowTest(document)
        var tested = 0
        while !scan.isComplete {
            if scan.total - scan.tested <= budget.finishAtOnce {
                scan.advance(limit: Int.max, test.passes)
                break
            }
            if scan.rows.count >= budget.screenful, follow.map(scan.hasPassed) ?? true { break }
            if tested >= budget.keystrokeCandidates { break }
            if let limit = budget.keystrokeNs, DispatchTime.now().uptimeNanoseconds - started >= limit { break }
            let before = scan.tested
            scan.advance(limit: budget.chunk, test.passes)
            tested += scan.tested - before
        }
        resolveFollow()
    }

    /// Selects the followed row once found; gives up once the scan has passed it.
    private mutating func resolveFollow() {
        guard let entry = follow else { return }
        if let row = row(ofEntry: entry) {
            list.selected = row
            follow = nil
        } else if scan.hasPassed(entry) {
            follow = nil
        }
    }

    /// The entries whose ISO3 or ISO2 code equals the search text.
    private func codeHits(_ needle: [UInt8]) -> [Int32] {
        guard !needle.isEmpty else { return [] }
        return index.codeMatches(String(decoding: needle, as: UTF8.self)).map(Int32.init)
    }

    /// The test of one candidate under the filters in force.
    private mutating func rowTest(_ document: Document) -> BrowserRowTest {
        let regions = document.aggregates.regions
        let wanted = region.flatMap { regions.indices.contains($0) ? Int32($0) : nil }
        if wanted != nil, regionOf.count != sorted.count {
            let numbers = Dictionary(regions.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
            let countries = document.store.countries
            regionOf = sorted.map { code in countries[code].flatMap { numbers[$0.region] } ?? -1 }
        }
        return BrowserRowTest(names: index, needle: scan.needle, region: wanted, regionOf: regionOf, filter: filter,
                              document: document, sorted: sorted)
    }
}
