import MigofCore
import MigofWidgets

/// The last view, remembered across restarts (`ViewStateFile`): what `viewState` records at
/// quit, `restore` opens at the next start.
extension App {
    /// The view as it is now: the screen on top with its country or area, the year, the
    /// theme, and the sort, search and region filter of the browser when one is on the stack.
    public var viewState: ViewState {
        var state = ViewState(year: document.year, theme: theme.name)
        let top = screen
        if case .home(let model) = top, framework.areas.indices.contains(model.selection) {
            state.screen = "home"
            state.area = framework.areas[model.selection].id
        } else if case .area(let model) = top {
            state.screen = "area"
            state.area = model.id
            state.country = model.selectedCode(document)
        } else if case .browser(let model) = top {
            state.screen = "browser"
            state.country = model.selectedCode
        } else if case .profile(let model) = top {
            state.screen = "profile"
            state.country = model.code
        } else if case .compare(let model) = top {
            state.screen = "compare"
            (state.country, state.year, state.countryB, state.yearB) = (model.a, model.yearA, model.b, model.yearB)
        } else if case .map(let model) = top {
            state.screen = MapModel.name
            state.country = model.selected
        } else {
            state.screen = "home"
        }
        for case .browser(let model) in stack.reversed() {
            state.sort = model.sort.label
            state.filter = model.search.text.isEmpty ? nil : model.search.text
            state.region = model.region.map { _ in model.regionLabel(document) }
            break
        }
        return state
    }

    /// Opens the remembered view. What no longer exists (a deleted country, a year without
    /// data, a theme file since removed) is skipped, leaving the start as it would have been.
    /// The caller leaves out what the command line named (`--year`, `--theme`, deep links).
    public mutating func restore(_ state: ViewState) {
        if let name = state.theme, let index = chrome.themes.firstIndex(where: { $0.name == name }) {
            chrome.themeIndex = index
        }
        if let year = state.year, document.years.contains(year), year != document.year {
            document.setYear(year)
            reclampScreens(.year)
        }
        guard let name = state.screen else { return }
        // The remembered screen replaces the configured start screen.
        stack.removeSubrange(1...)
        let countries = store.countries
        let country = state.country.flatMap { countries[$0] != nil ? $0 : nil }
        if let id = state.area.flatMap(framework.area)?.id, case .home(var home) = stack[0] {
            home.selection = framework.areas.firstIndex { $0.id == id } ?? 0
            stack[0] = .home(home)
        }
        var browser = restoredBrowser(state) ?? (name == "browser" ? BrowserModel(document: document) : nil)
        if name == "browser", let country { browser?.select(country, document: document) }
        if let browser, name != "home" { apply(.push(.browser(browser))) }
        switch name {
        case "area":
            guard let id = state.area.flatMap(framework.area)?.id else { return }
            var model = AreaModel(id: id)
            model.selectedCountry = country
            apply(.push(.area(model)))
        case "profile":
            if let country { apply(.push(.profile(ProfileModel(code: country)))) }
        case "compare":
            guard let country, let b = state.countryB, countries[b] != nil else { return }
            openComparison(country, year: state.year ?? document.year, with: b, year: state.yearB ?? document.year)
        case MapModel.name:
            var model = MapModel()
            if let country { model.selected = country }
            apply(.push(.map(model)))
        default:
            return
        }
    }

    /// The browser with the remembered sort, search and region, or nil when none was remembered.
    private func restoredBrowser(_ state: ViewState) -> BrowserModel? {
        guard state.sort != nil || state.filter != nil || state.region != nil else { return nil }
        var model = BrowserModel(document: document)
        if let sort = state.sort.flatMap({ BrowserSort(label: $0, framework: framework) }) { model.sort = sort }
        if let filter = state.filter { model.search = TextInput(text: filter, maxLength: model.search.maxLength) }
        model.region = state.region.flatMap { document.aggregates.regions.firstIndex(of: $0) }
        model.resort(document)
        return model
    }
}

private extension BrowserModel {
    /// Selects `code`'s row when it is listed.
    mutating func select(_ code: String, document: Document) {
        if let row = row(ofCode: code) { list.selected = row }
    }
}
