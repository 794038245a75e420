import MigofCore
import MigofWidgets

extension App {
    /// The content area between the title bar and the status bar.
    var contentArea: Rect {
        Rect(x: 0, y: 0, width: size.width, height: size.height).split(.vertical, [.fixed(1), .fill(1), .fixed(1)])[1]
    }

    /// The wheel scrolls the focused list; a click selects a row or tile, a second click opens it.
    mutating func handleMouse(_ event: MouseEvent) {
        message = nil
        // The picker is modal: nothing under it moves.
        guard picker == nil else { return }
        switch event.kind {
        case .scrollUp: perform(.up)
        case .scrollDown: perform(.down)
        case .release: break
        case .press(let button):
            guard button == 1, !helpVisible else { return }
            click(x: event.x, y: event.y)
        }
    }

    private mutating func click(x: Int, y: Int) {
        let content = contentArea
        guard content.contains(x: x, y: y) else { return }
        switch screen {
        case .home:
            let index: Int?
            if homeUsesTiles {
                let row = y < content.y + content.height / 2 ? 0 : 1
                let column = min(2, (x - content.x) * 3 / max(content.width, 1))
                index = row * 3 + column
            } else {
                let list = content.split(.horizontal, [.percentage(38), .fill(1)])[0]
                index = list.contains(x: x, y: y) ? y - list.y - 1 : nil
            }
            guard let index, framework.areas.indices.contains(index) else { return }
            if index == homeSelection { perform(.open) } else { homeSelection = index }
        case .browser:
            // Search bar, panel border, table header.
            let first = content.y + 3
            if selectRow(&browser.list, at: y - first, count: browser.rows.count) { perform(.open) }
        case .area(let id):
            var state = areaStates[id] ?? AreaState()
            let first = content.y + 2 + 2
            let count = ranked[id]?.count ?? 0
            let split = content.width >= 70 ? content.split(.horizontal, [.percentage(42), .fill(1)])[1].x : 0
            guard x >= split else {
                state.focus = .indicators
                areaStates[id] = state
                return
            }
            state.focus = .countries
            let hit = selectRow(&state.countries, at: y - first, count: count)
            areaStates[id] = state
            if hit { perform(.open) }
        case .compare(let state):
            clickCompare(state, x: x, y: y)
        case .profile(let code):
            var state = profileStates[code] ?? ProfileState()
            let first = content.y + 3 + 2
            let hit = selectRow(&state.list, at: y - first, count: profileRows(code).count)
            profileStates[code] = state
            if hit { perform(.open) }
        }
    }

    /// Selects the row shown at `line` of a scrolled list; true when it was already selected.
    @discardableResult
    private func selectRow(_ list: inout ListState, at line: Int, count: Int) -> Bool {
        let index = list.offset + line
        guard line >= 0, index < count else { return false }
        if index == list.selected { return true }
        list.select(index, count: count, visible: pageSize)
        return false
    }
}
