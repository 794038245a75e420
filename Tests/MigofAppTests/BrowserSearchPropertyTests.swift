@testable import MigofApp
import MigofCore
import MigofWidgets
import Testing

/// The browser's incremental, progressive search (narrowing, the history of earlier
/// results, scans in bounded steps between keys) against the simple rule worked out here
/// from scratch: after random names, query edits, regions, filters, orders and idle steps,
/// the rows shown are always a prefix of the simple result, and all of it once finished.
@Suite struct BrowserSearchPropertyTests {
    /// A tiny budget, so a store of 138 countries is scanned in many steps.
    static let tiny = BrowserScanBudget(finishAtOnce: 5, screenful: 4, chunk: 3, keystrokeCandidates: 7, keystrokeNs: nil,
                                        idleCandidates: 11, idleNs: nil)
    static let alphabet: [Character] = ["a", "b", "A", "é", "e", " ", "c"]

    /// The bundled store with short random names from a small alphabet, so that queries
    /// match many, some or no names, and some match a code ("ab" against code AB).
    static func document(seed: UInt64) -> Document {
        var random = SplitMix64(seed: seed)
        var store = AppFixtures.store
        for code in store.countries.keys.sorted() {
            let length = Int.random(in: 1...6, using: &random)
            store.countries[code]!.name = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            if Int.random(in: 0..<10, using: &random) == 0 { store.countries[code]!.iso2 = "AB" }
        }
        return Document(store: store, framework: AppFixtures.framework, year: nil, session: nil, catalog: nil)
    }

    /// The simple rule over the browser's order: the folded name holds the folded query, or a
    /// code equals it; then the region and the rating filter.
    static func expected(_ model: BrowserModel, _ document: Document) -> [String] {
        let query = Array(CountryIndex.normalized(model.search.text).folded.utf8)
        let regions = document.aggregates.regions
        let region = model.region.flatMap { regions.indices.contains($0) ? regions[$0] : nil }
        return model.sorted.filter { code in
            let country = document.store.countries[code]!
            let name = Array(country.name.folded.utf8)
            let byName = query.isEmpty || (0...max(0, name.count - query.count)).contains { start in
                start + query.count <= name.count && name[start..<(start + query.count)].elementsEqual(query)
            }
            let byCode = !query.isEmpty && [country.iso3, country.iso2].contains { Array($0.folded.utf8) == query }
            guard byName || byCode else { return false }
            if let region, country.region != region { return false }
            if let filter = model.filter { return document.profile(code).map(filter.matches) ?? false }
            return true
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func incrementalAndProgressiveEqualTheSimpleScan(seed: UInt64) throws {
        let document = Self.document(seed: seed)
        var random = SplitMix64(seed: seed &* 7919)
        var model = BrowserModel(document: document)
        model.budget = Self.tiny
        model.history.limit = 4
        model.history.rowLimit = 300
        model.searching = true
        let filters = try ["overall=1", "P3 <= 2", "assessed"].map { try RatingFilter.parse($0, framework: document.framework) }
        let layout = BrowserLayout(Rect(x: 0, y: 0, width: 100, height: 30))
        for _ in 0..<400 {
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<45: _ = model.searchKey(.char(Self.alphabet.randomElement(using: &random)!), document: document)
            case 45..<70: _ = model.searchKey(.backspace, document: document)
            case 70..<85: model.idle(document)
            case 85..<89: _ = model.update(.nextRegion, document: document, layout: layout)
            case 89..<92: _ = model.update(.nextSort, document: document, layout: layout)
            case 92..<94: _ = model.update(.reverseSort, document: document, layout: layout)
            case 94..<96: _ = model.searchKey(.escape, document: document)
            case 96..<97: _ = model.update(.back, document: document, layout: layout)
            case 97..<98: _ = model.setFilter(Int.random(in: 0..<4, using: &random) == 0 ? nil : filters.randomElement(using: &random),
                                              document: document)
            default:
                while model.search.text.count > 0 { _ = model.searchKey(.backspace, document: document) }
            }
            model.searching = true
            let want = Self.expected(model, document)
            let shown = model.rowCodes
            #expect(Array(want.prefix(shown.count)) == shown, "query \(model.search.text)")
            if !model.isScanning { #expect(shown == want, "query \(model.search.text)") }
        }
        model.finishScan(document)
        #expect(model.rowCodes == Self.expected(model, document))
    }

    /// Idle steps alone bring any search to the simple result.
    @Test func idleStepsFinishEverySearch() {
        let document = Self.document(seed: 9)
        var model = BrowserModel(document: document)
        model.budget = Self.tiny
        model.searching = true
        for text in ["a", "ab", "a", "", "e", "é c", "AB"] {
            while model.search.text.count > 0 { _ = model.searchKey(.backspace, document: document) }
            for character in text { _ = model.searchKey(.char(character), document: document) }
            var steps = 0
            while model.isScanning, steps < 1000 {
                model.idle(document)
                steps += 1
            }
            #expect(!model.isScanning)
            #expect(model.rowCodes == Self.expected(model, document), "query \(text)")
        }
    }
}
