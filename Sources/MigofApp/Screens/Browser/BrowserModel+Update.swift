import MigofCore
import MigofWidgets

extension BrowserModel {
    func layout(in rect: Rect, document: Document) -> BrowserLayout { BrowserLayout(rect) }

    /// Keys on the list: open, sort, filter, mark and compare.
    mutating func update(_ action: Action, document: Document, layout: BrowserLayout) -> Effect? {
        switch action {
        case .open:
            return selectedCode.map { .push(.profile(ProfileModel(code: $0))) }
        case .nextFocus, .previousFocus, .search:
            searching = true
        case .back:
            guard !search.text.isEmpty else { return .pop }
            search = TextInput(maxLength: 60)
            refilter(document)
        case .nextSort, .previousSort:
            let orders: [CountrySort] = [.name, .overall] + document.framework.areas.map { .area($0.id) }
            let index = orders.firstIndex(of: sort) ?? 0
            sort = orders[(index + (action == .nextSort ? 1 : orders.count - 1)) % orders.count]
            list = ListState()
            resort(document)
            return .message("sorted by \(sort.label)")
        case .nextRegion:
            let regions = document.aggregates.regions
            region = regions.isEmpty ? nil : ((region ?? -1) + 1) % (regions.count + 1)
            if region == regions.count { region = nil }
            refilter(document)
            return .message("region: \(regionLabel(document))")
        case .clearRegion:
            region = nil
            refilter(document)
            return .message("region: all")
        case .compare(.mark): return toggleMark(document)
        case .compare(.start): return startComparison(document)
        default:
            list.perform(action, count: rows.count, visible: layout.visibleRows)
        }
        return nil
    }

    /// Keys while the search field has the keyboard; nil lets the key through as an action.
    mutating func searchKey(_ key: Key, document: Document) -> Bool {
        guard searching else { return false }
        switch key {
        case .up, .down, .pageUp, .pageDown: return false
        case .tab, .backTab:
            searching = false
            return true
        default: break
        }
        switch search.handle(key) {
        case .editing:
            list = ListState()
            refilter(document)
        case .submitted:
            searching = false
        case .cancelled:
            searching = false
            search = TextInput(maxLength: 60)
            refilter(document)
        }
        return true
    }

    /// A click on a row selects it; on the selected row it opens it.
    mutating func click(x: Int, y: Int, document: Document, layout: BrowserLayout) -> Effect? {
        guard layout.table.contains(x: x, y: y) else { return nil }
        let again = list.click(line: y - (layout.table.y + 1), count: rows.count, visible: layout.visibleRows)
        return again ? update(.open, document: document, layout: layout) : nil
    }

    /// Space: marks the selected country as A, then B; a third needs one unmarked.
    private mutating func toggleMark(_ document: Document) -> Effect? {
        guard let code = selectedCode else { return nil }
        let name = document.store.countries[code]?.name ?? code
        if let index = marked.firstIndex(of: code) {
            marked.remove(at: index)
            return .message("unmarked \(name)")
        }
        if marked.count == 2 { return .message("two countries are marked: Space on one unmarks it, c compares them") }
        marked.append(code)
        if marked.count == 1 { return .message("marked \(name) as A · mark one more with Space, then c") }
        return .message("marked \(name) as B · c compares \(document.store.countries[marked[0]]?.name ?? "") with \(name)")
    }

    /// `c`: compares the two marked countries, or the marked one with the selected one, or
    /// asks for the second country.
    private mutating func startComparison(_ document: Document) -> Effect? {
        let selected = selectedCode
        if marked.count == 2 {
            defer { marked = [] }
            return CompareState.start(marked[0], marked[1], document: document).map { .push(.compare($0)) }
        }
        if let first = marked.first, let selected, selected != first {
            marked = []
            return CompareState.start(first, selected, document: document).map { .push(.compare($0)) }
        }
        if let code = marked.first ?? selected {
            return .open(.picker(CountryPicker(purpose: .compareWith(code), document: document)))
        }
        return .message("no country to compare: clear the search or the region filter")
    }
}
