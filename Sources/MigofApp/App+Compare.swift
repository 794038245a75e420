import MigofCore
import MigofWidgets

extension App {
    /// The state of the comparison on top of the stack, when the compare screen shows.
    public var comparisonState: CompareState? {
        if case .compare(let state) = screen { return state }
        return nil
    }

    /// The shared comparison model for `state`, worked out from the store as it is now (so an
    /// edit shows at once); nil when a side's country is no longer in the store.
    public func comparison(_ state: CompareState) -> Comparison? {
        guard let a = store.countries[state.a], let b = store.countries[state.b] else { return nil }
        return Comparison(a: Profile(country: a, year: state.yearA, framework: framework, sources: store.sources),
                          b: Profile(country: b, year: state.yearB, framework: framework, sources: store.sources))
    }

    /// Pushes the compare screen for `a` in `yearA` against `b` in `yearB` (the `--compare`
    /// deep link). Codes not in the store leave the stack as it is.
    public mutating func openComparison(_ a: String, year yearA: Int, with b: String, year yearB: Int) {
        guard store.countries[a] != nil, store.countries[b] != nil else { return }
        // Marks only ever stand for a comparison still to open.
        browser.marked = []
        stack.append(.compare(CompareState(a: a, yearA: yearA, b: b, yearB: yearB)))
    }

    /// The country, year and indicator that score keys change on the compare screen: the
    /// focused side at the selected indicator row; nil on an area, overall or note row.
    public var compareScoreTarget: (country: String, year: Int, indicator: String)? {
        guard let state = comparisonState, let comparison = comparison(state) else { return nil }
        let rows = compareRows(state, comparison)
        guard rows.indices.contains(state.list.selected),
              case .indicator(let area, let index) = rows[state.list.selected] else { return nil }
        let side = state.side(state.focus)
        return (side.code, side.year, framework.areas[area].indicators[index].id)
    }

    /// Opens a comparison with the years `Comparison.defaultYears` picks around the year in view.
    mutating func startComparison(_ a: String, _ b: String) {
        guard let left = store.countries[a], let right = store.countries[b] else { return }
        let years = Comparison.defaultYears(a: left, b: right, inView: year, fallback: year)
        openComparison(a, year: years.a, with: b, year: years.b)
    }

    /// The rows in order: the overall rating (the headline, as on the profile), then each area
    /// with its indicators when expanded (only the differing ones under `d`).
    func compareRows(_ state: CompareState, _ comparison: Comparison) -> [CompareRow] {
        var rows: [CompareRow] = [.overall]
        for (index, area) in framework.areas.enumerated() {
            rows.append(.area(index))
            guard state.expanded.contains(area.id) else { continue }
            let items = comparison.indicatorRows(area: index)
            let shown = items.indices.filter { !state.onlyDiffering || items[$0].differs }
            if shown.isEmpty {
                rows.append(.noDifference(area: index))
            } else {
                rows += shown.map { .indicator(area: index, index: $0) }
            }
        }
        return rows
    }

    /// Keys that only mean something for comparisons: `c`, Space, `x`, `C`, `d` and the year keys.
    mutating func performCompare(_ action: CompareAction) {
        switch action {
        case .start: startFromScreen()
        case .mark: toggleMark()
        case .pickB:
            guard comparisonState != nil else { return }
            openPicker(.replaceB)
        case .swap, .onlyDiffering, .year:
            guard var state = comparisonState, let comparison = comparison(state) else { return }
            let before = compareRows(state, comparison)
            let current = before.indices.contains(state.list.selected) ? before[state.list.selected] : nil
            switch action {
            case .swap:
                state.swap()
                message = "swapped: A is \(sideName(state, .a)), B is \(sideName(state, .b))"
            case .onlyDiffering:
                toggleOnlyDiffering(&state, comparison)
            case .year(let side, let step):
                stepYear(&state, side: side, by: step)
            default:
                break
            }
            reselect(&state, current)
            stack[stack.count - 1] = .compare(state)
        }
    }

    /// Movement, Enter and focus on the compare screen. One selection serves both sides, so
    /// they always scroll together.
    mutating func compareAction(_ action: Action, _ start: CompareState) {
        var state = start
        guard let comparison = comparison(state) else { return }
        let rows = compareRows(state, comparison)
        switch action {
        case .open:
            guard rows.indices.contains(state.list.selected) else { break }
            let row = rows[state.list.selected]
            guard let index = row.areaIndex else {
                message = "the overall rating has no indicators of its own; Enter on an area"
                break
            }
            let id = framework.areas[index].id
            // Enter on an indicator closes its area, so a long list is left in one key.
            if state.expanded.contains(id) { state.expanded.remove(id) } else { state.expanded.insert(id) }
            reselect(&state, .area(index))
        case .left: state.focus = .a
        case .right: state.focus = .b
        case .nextFocus, .previousFocus: state.focus = state.focus == .a ? .b : .a
        default:
            move(&state.list, action, count: rows.count)
        }
        if state.focus != start.focus { message = "focus: \(state.focus == .a ? "A" : "B"), \(sideName(state, state.focus))" }
        stack[stack.count - 1] = .compare(state)
    }

    /// "Canada 2021": how messages name a side.
    func sideName(_ state: CompareState, _ side: CompareState.Side) -> String {
        let (code, year) = state.side(side)
        return "\(store.countries[code]?.name ?? code) \(year)"
    }

    /// Selects `row` again after the rows changed, or its area when it is gone.
    private func reselect(_ state: inout CompareState, _ row: CompareRow?) {
        guard let comparison = comparison(state) else { return }
        let rows = compareRows(state, comparison)
        let index = row.flatMap { rows.firstIndex(of: $0) }
            ?? row?.areaIndex.flatMap { rows.firstIndex(of: .area($0)) }
            ?? state.list.selected
        state.list.select(index, count: rows.count, visible: pageSize)
    }

    private mutating func toggleOnlyDiffering(_ state: inout CompareState, _ comparison: Comparison) {
        state.onlyDiffering.toggle()
        guard state.onlyDiffering else {
            message = "every indicator"
            return
        }
        // With nothing expanded the filter would show nothing: open every area at once.
        if state.expanded.isEmpty { state.expanded = Set(framework.areas.map(\.id)) }
        let count = framework.areas.indices.reduce(0) { $0 + comparison.indicatorRows(area: $1).filter(\.differs).count }
        message = count == 0 ? "no indicator differs" : "only the \(count) indicator\(count == 1 ? "" : "s") that differ"
    }

    /// Steps one side through its country's years (and the year it shows, which may have no data).
    private mutating func stepYear(_ state: inout CompareState, side: CompareState.Side, by step: Int) {
        let (code, current) = state.side(side)
        guard let country = store.countries[code] else { return }
        let years = Set(country.years + [current]).sorted()
        let next = (years.firstIndex(of: current) ?? 0) + step
        guard years.indices.contains(next) else {
            message = "\(country.name) has no \(step < 0 ? "earlier" : "later") year than \(current)"
            return
        }
        state.setYear(years[next], of: side)
        message = "\(side == .a ? "A" : "B"): \(country.name) \(years[next])"
    }

    /// `c`: on a profile, asks for the second country; in the browser, compares the two marked
    /// countries, or the marked one with the selected one, or asks for the second country.
    private mutating func startFromScreen() {
        switch screen {
        case .profile(let code):
            openPicker(.compareWith(code))
        case .browser:
            let selected = browser.rows.indices.contains(browser.list.selected) ? browser.rows[browser.list.selected] : nil
            let marked = browser.marked
            if marked.count == 2 {
                startComparison(marked[0], marked[1])
            } else if let first = marked.first, let selected, selected != first {
                startComparison(first, selected)
            } else if let code = marked.first ?? selected {
                openPicker(.compareWith(code))
            } else {
                message = "no country to compare: clear the search or the region filter"
            }
        default:
            break
        }
    }

    /// Space in the browser: marks the selected country as A, then B; a third needs one unmarked.
    private mutating func toggleMark() {
        guard case .browser = screen, browser.rows.indices.contains(browser.list.selected) else { return }
        let code = browser.rows[browser.list.selected]
        let name = store.countries[code]?.name ?? code
        if let index = browser.marked.firstIndex(of: code) {
            browser.marked.remove(at: index)
            message = "unmarked \(name)"
        } else if browser.marked.count == 2 {
            message = "two countries are marked: Space on one unmarks it, c compares them"
        } else {
            browser.marked.append(code)
            if browser.marked.count == 1 {
                message = "marked \(name) as A · mark one more with Space, then c"
            } else {
                message = "marked \(name) as B · c compares \(store.countries[browser.marked[0]]?.name ?? "") with \(name)"
            }
        }
    }
}
