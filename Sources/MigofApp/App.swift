import MigofCore
import MigofWidgets

/// The dashboard as a value: state, `update(_:)` for each event, `view(size:)` for each frame.
///
/// Nothing here touches the terminal, so every screen runs headless in tests.
public struct App: Sendable {
    /// The data and its edits; the only part that touches the disk.
    var document: Document
    /// Shown in the status bar.
    public let storePath: String
    public let keymap = Keymap.standard
    public let themes: [Theme]
    public let glyphs: Glyphs

    /// Screens, the last one on top; never empty.
    public internal(set) var stack: [Screen] = [.home]
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
    /// The open dialog, if any; it takes the keyboard.
    var prompt: Prompt?
    /// The last known terminal size, for page sizes and mouse hit-testing.
    var size = Size(width: 80, height: 24)
    public internal(set) var quitRequested = false
    /// A line for the shell after the dashboard closes, e.g. where discarded edits went.
    public internal(set) var exitNote: String?
    /// The process exit status once quit: 0 for `q`, 130 for Ctrl-C, 128 + n for signal n.
    public internal(set) var exitStatus: Int32 = 0
    /// The names and codes of `browser.sorted`, in its order, so a search keystroke scans
    /// bytes rather than folding or comparing strings country by country.
    var browserSearch = NameSearch([(name: String, codes: [String])]())

    public init(store: Store, framework: Framework, storePath: String, options: AppOptions = AppOptions()) {
        document = Document(store: store, framework: framework, year: options.year, session: options.session,
                            catalog: options.catalog)
        self.storePath = storePath
        themes = options.themes
        glyphs = options.glyphs
        message = options.message
        resortBrowser()
        if let area = options.area.flatMap(framework.area) {
            stack.append(.area(area.id))
            homeSelection = framework.areas.firstIndex { $0.id == area.id } ?? 0
        }
        if let code = options.country, store.countries[code] != nil {
            stack.append(.profile(code))
        }
        if let pending = options.pendingJournal, !pending.entries.isEmpty, session?.isReadOnly == false {
            prompt = .recover(pending)
        }
    }

    /// The theme in use.
    public var theme: Theme { themes[themeIndex % themes.count] }

    /// The screen on top.
    public var screen: Screen { stack.last ?? .home }

    /// Re-derives what the screens keep after the document changed, and re-clamps them.
    mutating func documentChanged(_ change: DocumentChange) {
        // Sorted by name, a score never moves a country in the browser; sorted by a rating, it may.
        if case .country = change, browser.sort == .name {} else { resortBrowser() }
        // A deleted country leaves the stack.
        let countries = store.countries
        stack.removeAll { if case .profile(let code) = $0 { return countries[code] == nil } else { return false } }
        if stack.isEmpty { stack = [.home] }
        clampSelections()
    }

    /// Sorts every country under the browser's order, then re-applies the filters.
    mutating func resortBrowser() {
        var all = Array(profiles.values)
        browser.sort.sort(&all)
        browser.sorted = all.map(\.country.iso3)
        browserSearch = NameSearch(all.map { (name: $0.country.name, codes: [$0.country.iso3, $0.country.iso2]) })
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
