import MigofCore
import MigofWidgets

/// The dashboard as a value: state, `update(_:)` for each event, `view(size:)` for each frame.
///
/// Nothing here touches the terminal, so every screen runs headless in tests.
public struct App: Sendable {
    public internal(set) var store: Store
    public let framework: Framework
    /// Shown in the status bar.
    public let storePath: String
    public let keymap = Keymap.standard
    public let themes: [Theme]
    public let glyphs: Glyphs

    /// Screens, the last one on top; never empty.
    public internal(set) var stack: [Screen] = [.home]
    public internal(set) var year: Int
    /// Years that hold any data, oldest first.
    var years: [Int]
    var themeIndex = 0
    var homeSelection = 0
    var areaStates: [String: AreaState] = [:]
    var browser = BrowserState()
    var profileStates: [String: ProfileState] = [:]
    /// The country picker of a comparison, when open; it takes the keyboard.
    var picker: CountryPicker?
    var helpVisible = false
    var helpOffset = 0
    /// A one-frame note in the status bar, cleared by the next key.
    var message: String?
    /// The lock, journal and save; nil edits in memory only.
    let session: EditingSession?
    let catalog: CountryCatalog?
    /// The store as last saved (or loaded): the base of the next save's audit entries.
    var savedStore: Store
    /// Edits applied this session, oldest first; undo pops from the end.
    var history: [Edit] = []
    var redoStack: [Edit] = []
    /// `history.count` at the last save; nil once new edits made that state unreachable.
    var savedDepth: Int? = 0
    /// Countries edited since the last save, the scope of its audit entries.
    var touched: Set<String> = []
    /// The open dialog, if any; it takes the keyboard.
    var prompt: Prompt?
    /// The last known terminal size, for page sizes and mouse hit-testing.
    var size = Size(width: 80, height: 24)
    public internal(set) var quitRequested = false
    /// A line for the shell after the dashboard closes, e.g. where discarded edits went.
    public internal(set) var exitNote: String?
    /// The process exit status once quit: 0 for `q`, 130 for Ctrl-C, 128 + n for signal n.
    public internal(set) var exitStatus: Int32 = 0

    // Derived from store and year, rebuilt by `refresh()` rather than per frame.
    var profiles: [String: Profile] = [:]
    var regions: [String] = []
    var statistics: [String: AreaStatistics] = [:]
    var overallStatistics: AreaStatistics
    /// Countries with an assessment in the year shown.
    var assessedCount = 0
    /// Per area, the ISO3 codes of countries with a rating that year, best first.
    var ranked: [String: [String]] = [:]
    /// The names and codes of `browser.sorted`, in its order, so a search keystroke scans
    /// bytes rather than folding or comparing strings country by country.
    var browserSearch = NameSearch([(name: String, codes: [String])]())
    /// Folded names, ISO3 and ISO2 per country, for the country picker and name ordering.
    var searchKeys: [String: (name: String, iso3: String, iso2: String)] = [:]

    public init(store: Store, framework: Framework, storePath: String, options: AppOptions = AppOptions()) {
        self.store = store
        self.framework = framework
        self.storePath = storePath
        themes = options.themes
        glyphs = options.glyphs
        years = store.years
        year = options.year ?? store.defaultYear() ?? 2021
        message = options.message
        session = options.session
        catalog = options.catalog
        savedStore = store
        overallStatistics = AreaStatistics(areaID: nil, profiles: [], scale: framework.scoreRange)
        regions = Array(Set(store.countries.values.map(\.region).filter { !$0.isEmpty })).sorted()
        for (code, country) in store.countries {
            searchKeys[code] = (country.name.folded, country.iso3.folded, country.iso2.folded)
        }
        refresh()
        if let area = options.area.flatMap(framework.area) {
            stack.append(.area(area.id))
            homeSelection = framework.areas.firstIndex { $0.id == area.id } ?? 0
        }
        if let code = options.country, store.countries[code] != nil {
            stack.append(.profile(code))
        }
        if options.startScreen == .browser, stack == [.home] {
            stack.append(.browser)
        }
        if let pending = options.pendingJournal, !pending.entries.isEmpty, session?.isReadOnly == false {
            prompt = .recover(pending)
        }
    }

    /// The theme in use.
    public var theme: Theme { themes[themeIndex % themes.count] }

    /// The screen on top.
    public var screen: Screen { stack.last ?? .home }

    /// Recomputes everything derived from the store and the year.
    mutating func refresh() {
        var profiles: [String: Profile] = [:]
        profiles.reserveCapacity(store.countries.count)
        for (code, country) in store.countries {
            profiles[code] = Profile(country: country, year: year, framework: framework, sources: store.sources)
        }
        self.profiles = profiles
        recomputeAggregates()
    }

    /// Recomputes the home statistics, area rankings and browser order from the profiles.
    ///
    /// Through `YearSummaries`: one pass takes each profile's ratings into flat arrays, and
    /// the statistics and rankings come from those, never from sorted copies of profiles.
    mutating func recomputeAggregates() {
        let summaries = yearSummaries()
        statistics = [:]
        ranked = [:]
        for area in framework.areas {
            statistics[area.id] = summaries.statistics(area: area.id)
            ranked[area.id] = summaries.ranking(area: area.id).map { summaries.codes[$0] }
        }
        overallStatistics = summaries.statistics(area: nil)
        assessedCount = summaries.assessedCount
        resortBrowser(summaries)
        // A year with fewer rated countries shortens the rankings under existing selections.
        clampSelections()
    }

    /// The profiles' summaries, named by the folded names worked out once per store.
    func yearSummaries() -> YearSummaries {
        YearSummaries(profiles.values, framework: framework) { searchKeys[$0.country.iso3]?.name ?? $0.country.name.folded }
    }

    /// Sorts every country under the browser's order, then re-applies the filters.
    mutating func resortBrowser(_ summaries: YearSummaries? = nil) {
        let summaries = summaries ?? yearSummaries()
        let order = summaries.order(browser.sort)
        browser.sorted = order.map { summaries.codes[$0] }
        browserSearch = NameSearch(browser.sorted.map { code in
            let country = store.countries[code]!
            return (name: country.name, codes: [country.iso3, country.iso2])
        })
        refreshBrowser()
    }

    /// Re-filters and re-sorts the browser rows, keeping the selected country when it stays visible.
    mutating func refreshBrowser() {
        let selected = browser.rows.indices.contains(browser.list.selected) ? browser.rows[browser.list.selected] : nil
        let query = browser.search.text.folded.trimmingCharacters(in: .whitespaces)
        let region = browser.region.flatMap { regions.indices.contains($0) ? regions[$0] : nil }
        let hits = query.isEmpty ? Array(browser.sorted.indices) : browserSearch.matches(query)
        browser.rows = hits.compactMap { index in
            let code = browser.sorted[index]
            if let region, store.countries[code]?.region != region { return nil }
            return code
        }
        if let selected, let index = browser.rows.firstIndex(of: selected) {
            browser.list.selected = index
        }
        browser.list.clamp(count: browser.rows.count, visible: pageSize)
    }

    /// Rows that fit in a list on the current screen; the page step for PgUp/PgDn.
    var pageSize: Int { max(1, size.height - 6) }
}
