import MigofCore
import MigofWidgets

extension BrowserModel {
    func layout(in rect: Rect, document: Document) -> BrowserLayout { BrowserLayout(rect) }

    /// Keys on the list: open, sort, filter, mark and compare.
    mutating func update(_ action: Action, document: Document, layout: BrowserLayout) -> Effect? {
        if frequency != nil {
            let result = frequencyUpdate(action, document: document, layout: layout)
            if result.handled { return result.effect }
        }
        switch action {
        case .open:
            return selectedCode.map { .push(.profile(ProfileModel(code: $0))) }
        case .nextFocus, .previousFocus, .search:
            searching = true
        case .back:
            if filter != nil { return setFilter(nil, document: document) }
            guard !search.text.isEmpty else { return .pop }
            search = TextInput(maxLength: 60)
            searchCleared(document)
        case .nextSort, .previousSort:
            let columns = BrowserColumn.all(document.framework)
            let index = columns.firstIndex(of: sort.column) ?? 0
            return order(by: columns[(index + (action == .nextSort ? 1 : columns.count - 1)) % columns.count], document: document)
        case .reverseSort:
            sort.ascending.toggle()
            resort(document)
            // A new order starts at its top: that is what ordering is for.
            list = ListState()
            return .message("sorted by \(sort.column.label), \(directionWords)")
        case .frequency:
            // The bands count every row, so the search finishes first.
            finishScan(document)
            frequency = ListState()
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
        case .compare(.mark): return toggleMark(document, layout: layout)
        case .compare(.start): return startComparison(document)
        default:
            // A move of the user's own outranks the row the search was keeping.
            follow = nil
            list.perform(action, count: rows.count, visible: layout.visibleRows)
        }
        return nil
    }

    /// Orders by `column` in its natural direction (names A to Z, figures highest first).
    mutating func order(by column: BrowserColumn, document: Document) -> Effect {
        sort = BrowserSort(column)
        resort(document)
        // A new order starts at its top, not at the country that was selected.
        list = ListState()
        return .message("sorted by \(sort.column.label), \(directionWords) · ~ reverses")
    }

    /// "highest first", "Z to A": the direction in words.
    var directionWords: String {
        if sort.column == .name { return sort.ascending ? "A to Z" : "Z to A" }
        return sort.ascending ? "lowest first" : "highest first"
    }

    /// Puts a `:filter` in force, or clears it with nil, and says how many rows pass.
    mutating func setFilter(_ filter: RatingFilter?, document: Document) -> Effect {
        self.filter = filter
        refilter(document)
        list = ListState()
        guard let filter else { return .message("filter cleared: \(rows.count) countries") }
        return .message("filter \(filter.description): \(rows.count) of \(document.store.countries.count) · Esc clears")
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
            searchEdited(document)
        case .submitted:
            searching = false
        case .cancelled:
            searching = false
            search = TextInput(maxLength: 60)
            searchCleared(document)
        }
        return true
    }

    /// A click on a row selects it; on the selected row it opens it. A click on a column
    /// heading orders by that column, and on the ordered one reverses it.
    mutating func click(x: Int, y: Int, document: Document, layout: BrowserLayout) -> Effect? {
        guard layout.table.contains(x: x, y: y), frequency == nil else { return nil }
        if y == layout.table.y {
            guard let column = headingColumn(atX: x, document: document, layout: layout) else { return nil }
            return column == sort.column ? update(.reverseSort, document: document, layout: layout) : order(by: column, document: document)
        }
        follow = nil
        let again = list.click(line: y - (layout.table.y + 1), count: rows.count, visible: layout.visibleRows)
        return again ? update(.open, document: document, layout: layout) : nil
    }

    /// Space, as in VisiData and ranger: marks or unmarks the selected country, then moves down.
    /// Any number can be marked; `c` compares the first two and the rest wait their turn.
    private mutating func toggleMark(_ document: Document, layout: BrowserLayout) -> Effect? {
        guard let code = selectedCode else { return nil }
        let name = document.store.countries[code]?.name ?? code
        defer { list.move(by: 1, count: rows.count, visible: layout.visibleRows) }
        if let index = marked.firstIndex(of: code) {
            marked.remove(at: index)
            return .message("unmarked \(name) · \(marked.count) marked")
        }
        marked.append(code)
        switch marked.count {
        case 1: return .message("marked \(name) as A · mark one more with Space, then c")
        case 2: return .message("marked \(name) as B · c compares \(document.store.countries[marked[0]]?.name ?? "") with \(name)")
        default: return .message("marked \(name) (\(marked.count) marked) · c compares A and B; the others wait their turn")
        }
    }

    /// `c`: compares the two marked countries, or the marked one with the selected one, or
    /// asks for the second country.
    private mutating func startComparison(_ document: Document) -> Effect? {
        let selected = selectedCode
        if marked.count >= 2 {
            let pair = (marked[0], marked[1])
            marked.removeFirst(2)
            guard let state = CompareState.start(pair.0, pair.1, document: document) else { return nil }
            guard !marked.isEmpty else { return .push(.compare(state)) }
            let names = [pair.0, pair.1].map { document.store.countries[$0]?.name ?? $0 }
            let waiting = "\(marked.count) more marked \(marked.count == 1 ? "country waits" : "countries wait")"
            return .all([.push(.compare(state)),
                         .message("comparing \(names[0]) with \(names[1]); \(waiting) in the browser, where c compares the next two")])
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
