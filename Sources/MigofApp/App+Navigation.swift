import MigofCore
import MigofWidgets

extension App {
    /// Movement, focus and Enter, which mean something different on each screen.
    mutating func performOnScreen(_ action: Action) {
        switch action {
        case .score, .clearScore, .stepScore, .editNote:
            scoreAction(action)
            return
        case .newYear, .copyPreviousYear, .deleteCountry, .showLog:
            countryAction(action)
            return
        default:
            break
        }
        switch screen {
        case .home: homeAction(action)
        case .area(let id): areaAction(action, id)
        case .browser: browserAction(action)
        case .profile(let code): profileAction(action, code)
        case .compare(let state): compareAction(action, state)
        }
    }

    /// Whether the home screen draws six tiles (3 × 2) or a list with a detail panel.
    var homeUsesTiles: Bool { size.width >= 96 && size.height >= 26 }

    mutating func homeAction(_ action: Action) {
        let count = framework.areas.count
        let columns = homeUsesTiles ? 3 : 1
        var index = homeSelection
        switch action {
        case .left: index -= homeUsesTiles ? 1 : 0
        case .right: index += homeUsesTiles ? 1 : 0
        case .up: index -= columns
        case .down: index += columns
        case .nextFocus: index = (index + 1) % count
        case .previousFocus: index = (index + count - 1) % count
        case .top, .pageUp: index = 0
        case .bottom, .pageDown: index = count - 1
        case .open: open(.area(framework.areas[homeSelection].id))
        default: break
        }
        homeSelection = min(max(index, 0), count - 1)
    }

    mutating func areaAction(_ action: Action, _ id: String) {
        var state = areaStates[id] ?? AreaState()
        let countries = ranked[id] ?? []
        let indicators = framework.area(id)?.indicators.count ?? 0
        switch action {
        case .nextFocus, .previousFocus:
            state.focus = state.focus == .indicators ? .countries : .indicators
        case .left:
            state.focus = .indicators
        case .right:
            state.focus = .countries
        case .open:
            if state.focus == .countries, countries.indices.contains(state.countries.selected) {
                open(.profile(countries[state.countries.selected]))
            }
        default:
            if state.focus == .countries {
                move(&state.countries, action, count: countries.count)
            } else {
                move(&state.indicators, action, count: indicators)
            }
        }
        areaStates[id] = state
    }

    mutating func browserAction(_ action: Action) {
        switch action {
        case .open:
            if browser.rows.indices.contains(browser.list.selected) {
                open(.profile(browser.rows[browser.list.selected]))
            }
        case .nextFocus, .previousFocus:
            browser.searching = true
        default:
            move(&browser.list, action, count: browser.rows.count)
        }
    }

    mutating func profileAction(_ action: Action, _ code: String) {
        var state = profileStates[code] ?? ProfileState()
        let rows = profileRows(code, expanded: state.expanded)
        let current = rows.indices.contains(state.list.selected) ? rows[state.list.selected] : nil
        switch action {
        case .open, .right, .left:
            guard let current else { break }
            if action == .open, case .indicator = current { break }
            let areaIndex: Int
            switch current {
            case .area(let index): areaIndex = index
            case .indicator(let index, _): areaIndex = index
            }
            let id = framework.areas[areaIndex].id
            if action == .open ? state.expanded.contains(id) : action == .left {
                state.expanded.remove(id)
            } else {
                state.expanded.insert(id)
            }
            let newRows = profileRows(code, expanded: state.expanded)
            state.list.select(newRows.firstIndex(of: .area(areaIndex)) ?? 0, count: newRows.count, visible: pageSize)
        case .nextFocus, .previousFocus:
            let areaRows = rows.indices.filter { if case .area = rows[$0] { return true } else { return false } }
            let step = action == .nextFocus ? 1 : -1
            let position = areaRows.lastIndex { $0 <= state.list.selected } ?? 0
            let target = areaRows[(position + step + areaRows.count) % areaRows.count]
            state.list.select(target, count: rows.count, visible: pageSize)
        default:
            move(&state.list, action, count: rows.count)
        }
        profileStates[code] = state
    }

    func move(_ list: inout ListState, _ action: Action, count: Int) {
        switch action {
        case .up: list.move(by: -1, count: count, visible: pageSize)
        case .down: list.move(by: 1, count: count, visible: pageSize)
        case .pageUp: list.pageUp(count: count, visible: pageSize)
        case .pageDown: list.pageDown(count: count, visible: pageSize)
        case .top: list.selectFirst(count: count, visible: pageSize)
        case .bottom: list.selectLast(count: count, visible: pageSize)
        default: break
        }
    }

    /// The rows of a profile: six areas, each followed by its indicators when expanded.
    func profileRows(_ code: String, expanded: Set<String>? = nil) -> [ProfileRow] {
        let open = expanded ?? profileStates[code]?.expanded ?? []
        var rows: [ProfileRow] = []
        for (index, area) in framework.areas.enumerated() {
            rows.append(.area(index))
            if open.contains(area.id) {
                rows += area.indicators.indices.map { .indicator(area: index, index: $0) }
            }
        }
        return rows
    }
}
