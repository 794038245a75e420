import MigofCore
import MigofWidgets

extension MapModel {
    mutating func update(_ action: Action, document: Document, layout: MapLayout) -> Effect? {
        guard let grid else { return .message(Self.missingGrid) }
        jump = ""
        jumping = false
        switch action {
        case .left: move(dx: -1, dy: 0, grid)
        case .right: move(dx: 1, dy: 0, grid)
        case .up: move(dx: 0, dy: -1, grid)
        case .down: move(dx: 0, dy: 1, grid)
        case .top: selected = grid.tiles.min { ($0.y, $0.x) < ($1.y, $1.x) }?.iso3 ?? selected
        case .bottom: selected = grid.tiles.max { ($0.y, $0.x) < ($1.y, $1.x) }?.iso3 ?? selected
        case .nextSort, .previousSort: stepFigure(action == .nextSort ? 1 : -1, document.framework)
        case .nextFocus, .previousFocus:
            let kinds = MapMeasure.Kind.allCases
            let step = action == .nextFocus ? 1 : kinds.count - 1
            measure.kind = kinds[((kinds.firstIndex(of: measure.kind) ?? 0) + step) % kinds.count]
            return .message("map: \(measure.label)")
        case .open:
            guard document.store.countries[selected] != nil else { return .message("\(selectedName(grid)) has no data in this store") }
            return .push(.profile(ProfileModel(code: selected)))
        case .compare(.mark): return toggleMark(document, grid)
        case .compare(.start):
            guard marked.count == 2 else { return .message("mark two countries with Space, then c compares them") }
            defer { marked = [] }
            return CompareState.start(marked[0], marked[1], document: document).map { .push(.compare($0)) }
        default: break
        }
        return nil
    }

    static let missingGrid = "the world tile grid could not be read (world-tile-grid.csv in the data folder)"

    /// Moves to the nearest tile in the direction pressed, skipping empty cells: along the
    /// row for ← →, and to the nearest column of the next row that has tiles for ↑ ↓.
    mutating func move(dx: Int, dy: Int, _ grid: WorldTileGrid) {
        guard let here = grid.tiles.first(where: { $0.iso3 == selected }) else { return }
        let candidates: [WorldTileGrid.Tile]
        if dx != 0 {
            candidates = grid.tiles.filter { $0.y == here.y && ($0.x - here.x) * dx > 0 }
        } else {
            let rows = grid.tiles.filter { ($0.y - here.y) * dy > 0 }.map(\.y)
            guard let row = dy > 0 ? rows.min() : rows.max() else { return }
            candidates = grid.tiles.filter { $0.y == row }
        }
        let best = candidates.min { (abs($0.x - here.x), abs($0.y - here.y), $0.x) < (abs($1.x - here.x), abs($1.y - here.y), $1.x) }
        if let best { selected = best.iso3 }
    }

    /// Overall, then each area in the framework's order.
    mutating func stepFigure(_ step: Int, _ framework: Framework) {
        let figures: [String?] = [nil] + framework.areas.map(\.id)
        let index = figures.firstIndex(of: measure.area) ?? 0
        measure.area = figures[(index + step + figures.count) % figures.count]
    }

    func selectedName(_ grid: WorldTileGrid) -> String {
        grid.tiles.first { $0.iso3 == selected }?.name ?? selected
    }

    private mutating func toggleMark(_ document: Document, _ grid: WorldTileGrid) -> Effect? {
        let name = selectedName(grid)
        guard document.store.countries[selected] != nil else { return .message("\(name) has no data in this store") }
        if let index = marked.firstIndex(of: selected) {
            marked.remove(at: index)
            return .message("unmarked \(name)")
        }
        if marked.count == 2 { return .message("two countries are marked: Space on one unmarks it, c compares them") }
        marked.append(selected)
        return .message(marked.count == 1 ? "marked \(name) as A · mark one more with Space, then c" : "marked \(name) as B · c compares them")
    }

    /// A click selects a tile; a click on the selected one opens it.
    mutating func click(x: Int, y: Int, document: Document, layout: MapLayout) -> Effect? {
        guard let grid, let cell = layout.cell(x: x, y: y), let index = grid.index(x: cell.x, y: cell.y) else { return nil }
        let code = grid.tiles[index].iso3
        if code == selected { return update(.open, document: document, layout: layout) }
        selected = code
        return nil
    }

    /// Typing the start of a name or code jumps to it: a letter the keymap does not bind
    /// starts the jump (so does `/`, for any letter), and while one is typed every letter,
    /// space and Backspace extend it.
    /// Returns false for keys the keymap should have.
    mutating func typeKey(_ key: Key, bound: Bool) -> Bool {
        guard let grid else { return false }
        let active = jumping || !jump.isEmpty
        switch key {
        case .char("/") where !active:
            jumping = true
            return true
        case .char(let character) where character.isLetter && (!bound || active):
            jump.append(character)
        case .char(" ") where !jump.isEmpty:
            jump.append(" ")
        case .backspace where active:
            if !jump.isEmpty { jump.removeLast() }
        case .escape where active:
            // Esc ends the jump, keeping the tile it reached, rather than leaving the map.
            jump = ""
            jumping = false
            return true
        default:
            jump = ""
            jumping = false
            return false
        }
        let typed = jump.folded
        let match = grid.tiles.first { $0.iso3.folded.hasPrefix(typed) } ?? grid.tiles.first { $0.name.folded.hasPrefix(typed) }
        if let match { selected = match.iso3 }
        return true
    }
}
