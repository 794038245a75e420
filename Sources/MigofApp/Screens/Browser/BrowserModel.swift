import MigofCore
import MigofWidgets

/// The country browser: every country with its ratings, searchable, filtered by region and
/// by rating, ordered either way by name, a rating, the change or the coverage; Space marks
/// countries for a comparison.
struct BrowserModel: Sendable {
    var search = TextInput(maxLength: 60)
    /// True while `/` input has the keyboard.
    var searching = false
    /// Index into the document's regions; nil shows every region.
    var region: Int?
    var sort = BrowserSort(.name)
    /// The `:filter` clauses in force (`P3 <= 2`), nil for none.
    var filter: RatingFilter?
    /// The frequency view of the sort column (`F`), with its own selection; nil shows the list.
    var frequency: ListState?
    var list = ListState()
    /// Every ISO3 code in the current sort order.
    private(set) var sorted: [String] = []
    /// The search that gives the rows: positions in `sorted`, ascending, filtered by region,
    /// rating filter and search text. Only the rows drawn (and the selection) are turned into
    /// codes, so a keystroke costs what the screen shows, not what the store holds.
    var scan = BrowserScan(needle: [], count: 0, codeHits: [])
    /// Earlier searches under the same order and filters, so erasing a character takes one
    /// back instead of scanning again (`BrowserScanHistory`).
    var history = BrowserScanHistory()
    /// The row to select once the scan reaches it: the searches keep the top row selected
    /// when it stays listed, and a scan in steps may find it later.
    var follow: Int32?
    /// How much a keystroke and an idle step may scan (`BrowserScanBudget`).
    var budget = BrowserScanBudget.interactive
    /// Countries marked with Space, in marking order: A, B, then the ones waiting their turn.
    var marked: [String] = []
    /// The names and codes of `sorted`, in its order, so a search keystroke scans bytes
    /// (the `CountryIndex` rule, run by Core's `NameSearch`).
    var index = NameSearch([(name: String, codes: [String])]())
    /// Each of `sorted`'s region, as an index into the document's regions (-1 for none);
    /// worked out when a region filter is first set after a sort.
    var regionOf: [Int32] = []

    init(document: Document) {
        resort(document)
    }

    func crumb(_ document: Document) -> String { "Countries" }

    /// The rows shown (so far, while a search is under way).
    var rows: [Int32] { scan.rows }
    /// The code of row `row`.
    func code(atRow row: Int) -> String { sorted[Int(rows[row])] }
    /// Every row's code, in order: for inspection and tests; screens ask for the rows drawn.
    var rowCodes: [String] { rows.map { sorted[Int($0)] } }

    /// The selected country, if any row is shown.
    var selectedCode: String? { rows.indices.contains(list.selected) ? code(atRow: list.selected) : nil }

    /// Sorts every country under the current order, then re-applies the filters, keeping
    /// the selected country when it stays listed.
    mutating func resort(_ document: Document) {
        let selected = selectedCode
        sorted = sort.order(document)
        let countries = document.store.countries
        index = NameSearch(sorted.map { code in
            let country = countries[code]!
            return (name: country.name, codes: [country.iso3, country.iso2])
        })
        regionOf = []
        rescan(document, keeping: selected.flatMap { sorted.firstIndex(of: $0) }.map(Int32.init))
    }

    /// Re-filters the rows, keeping the selected country when it stays listed; the caller
    /// re-clamps to its layout.
    mutating func refilter(_ document: Document) {
        rescan(document, keeping: rows.indices.contains(list.selected) ? rows[list.selected] : nil)
    }

    /// Re-derives the rows after a document change and re-clamps them to the layout.
    mutating func documentChanged(_ change: DocumentChange, document: Document, layout: BrowserLayout) {
        // Sorted by name, a score never moves a country; sorted by a rating, it may; a
        // rating filter may take it in or out.
        if case .country = change, sort.column == .name {
            if filter != nil { refilter(document) }
        } else {
            resort(document)
        }
        // A change may move or rename what an earlier search found.
        history.removeAll()
        marked.removeAll { document.store.countries[$0] == nil }
        reclamp(document, layout: layout)
    }

    mutating func reclamp(_ document: Document, layout: BrowserLayout) {
        list.clamp(count: rows.count, visible: layout.visibleRows)
    }

    func regionLabel(_ document: Document) -> String {
        let regions = document.aggregates.regions
        return region.flatMap { regions.indices.contains($0) ? regions[$0] : nil } ?? "all"
    }

    /// The browser's keys.
    static let bindings: [KeyBinding] = ownBindings + openBindings + compareBindings
    private static let ownBindings: [KeyBinding] = [
        KeyBinding([.char("o")], .nextSort, .browser, help: "Next order: name, overall, P1…O3, change, coverage",
                   hint: "order", priority: 2),
        KeyBinding([.char("O")], .previousSort, .browser, help: "Order by the previous column"),
        KeyBinding([.char("~")], .reverseSort, .browser, help: "Reverse the order; unrated stay last", hint: "reverse", priority: 3),
        KeyBinding([.char("f")], .filterPrompt, .browser, help: "Filter by rating: P3<=2, overall=1, assessed, data",
                   hint: "filter", priority: 1),
        KeyBinding([.char("F")], .frequency, .browser, help: "Frequency of the ordered column (band, count, share)",
                   hint: "freq", priority: 3),
        KeyBinding([.char("D")], .deleteCountry, .browser, help: "Delete the selected country (asks first; u undoes)"),
        KeyBinding([.char("r")], .nextRegion, .browser, help: "Filter by the next UN region", hint: "region", priority: 3),
        KeyBinding([.char("R")], .clearRegion, .browser, help: "Show every region"),
        KeyBinding([.tab], .nextFocus, .browser, help: "Move between the search field and the list"),
        KeyBinding([.backTab], .previousFocus, .browser, help: "Move between the search field and the list"),
    ]
    private static let openBindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .browser, help: "Open the selected country's profile", hint: "profile", priority: 1),
    ]
    private static let compareBindings: [KeyBinding] = [
        KeyBinding([.char(" ")], .compare(.mark), .browser, help: "Mark or unmark, then move down (any number)",
                   hint: "mark", priority: 2),
        KeyBinding([.char("c")], .compare(.start), .browser,
                   help: "Compare marks A and B (others wait), or ask for one", hint: "compare"),
    ]
}

extension Context {
    public static let browser = Context("Country browser")
}
