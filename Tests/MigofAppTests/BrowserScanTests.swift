@testable import MigofApp
import MigofCore
import Testing

/// `BrowserScan` on its own: rows in order, bounded steps, narrowing, code matches merged.
@Suite struct BrowserScanTests {
    /// Entry `n` is a row when `keep` holds it; code matches pass on their own.
    func run(_ scan: inout BrowserScan, limit: Int, keep: Set<Int32>) {
        scan.advance(limit: limit) { entry, byName, _ in !byName || keep.contains(entry) }
    }

    @Test func stepsFindAPrefixAndFinishWithEveryRow() {
        var scan = BrowserScan(needle: Array("a".utf8), count: 10, codeHits: [])
        let keep: Set<Int32> = [1, 4, 5, 9]
        run(&scan, limit: 5, keep: keep)
        #expect(scan.rows == [1, 4] && !scan.isComplete && scan.tested == 5 && scan.percent == 50)
        #expect(scan.hasPassed(4) && !scan.hasPassed(5))
        run(&scan, limit: 3, keep: keep)
        #expect(scan.rows == [1, 4, 5] && scan.percent == 80)
        run(&scan, limit: 100, keep: keep)
        #expect(scan.rows == [1, 4, 5, 9] && scan.isComplete && scan.percent == 100 && scan.hasPassed(1000))
    }

    @Test func narrowingTestsWhatWasFoundThenWhatWasLeft() {
        var scan = BrowserScan(needle: Array("a".utf8), count: 10, codeHits: [])
        run(&scan, limit: 6, keep: [1, 4, 5, 9])
        var narrowed = scan.narrowed(to: Array("ab".utf8), codeHits: [])
        // Three found (1, 4, 5) and four left (6 to 9): seven candidates, not ten.
        #expect(narrowed.total == 7)
        var tested: [Int32] = []
        narrowed.advance(limit: 100) { entry, _, prefiltered in
            tested.append(entry)
            #expect(prefiltered == (entry < 6))
            return entry != 4
        }
        #expect(tested == [1, 4, 5, 6, 7, 8, 9] && narrowed.rows == [1, 5, 6, 7, 8, 9])
    }

    @Test func codeMatchesMergeInOrderOnce() {
        var scan = BrowserScan(needle: Array("ab".utf8), count: 6, codeHits: [2, 3])
        var byCode: [Int32] = []
        scan.advance(limit: 100) { entry, byName, _ in
            if !byName { byCode.append(entry) }
            return !byName || entry == 5
        }
        #expect(scan.rows == [2, 3, 5] && byCode == [2, 3] && scan.isComplete)
        // A code match outside the candidates (rows of a shorter query) is merged all the same.
        var narrowed = BrowserScan(needle: Array("a".utf8), count: 0, codeHits: []).narrowed(to: Array("ab".utf8), codeHits: [7])
        #expect(narrowed.total == 1 && !narrowed.isComplete)
        run(&narrowed, limit: 1, keep: [])
        #expect(narrowed.rows == [7] && narrowed.isComplete)
    }

    @Test func coversAQueryHoldingItsOwn() {
        let scan = BrowserScan(needle: Array("an".utf8), count: 1, codeHits: [])
        #expect(scan.covers(Array("can".utf8)) && scan.covers(Array("an".utf8)))
        #expect(!scan.covers(Array("a".utf8)) && !scan.covers(Array("na".utf8)))
        #expect(BrowserScan(needle: [], count: 1, codeHits: []).covers(Array("x".utf8)))
    }

    @Test func historyTakesBackAndStaysBounded() {
        var history = BrowserScanHistory()
        history.limit = 3
        history.rowLimit = 25
        func scan(_ text: String, rows count: Int) -> BrowserScan {
            var scan = BrowserScan(needle: Array(text.utf8), count: count, codeHits: [])
            scan.advance(limit: count) { _, _, _ in true }
            return scan
        }
        history.push(scan("a", rows: 10))
        history.push(scan("ab", rows: 10))
        history.push(scan("a", rows: 4))
        // The newer "a" replaced the older.
        #expect(history.newestFirst.map(\.needle) == [Array("a".utf8), Array("ab".utf8)])
        history.push(scan("abc", rows: 3))
        history.push(scan("abcd", rows: 2))
        #expect(history.scans.count == 3)
        history.push(scan("x", rows: 20))
        // 20 + 2 + 3 rows fit in 25; the oldest beyond goes.
        #expect(history.newestFirst.map(\.rows.count) == [20, 2, 3])
        #expect(history.take(Array("abc".utf8))?.rows.count == 3)
        #expect(history.take(Array("abc".utf8)) == nil)
        history.removeAll()
        #expect(history.isEmpty)
    }
}
