import MigofWidgets

extension ListState {
    /// The one meaning of the movement keys for a list of `count` rows, `visible` at a time.
    mutating func perform(_ action: Action, count: Int, visible: Int) {
        switch action {
        case .up: move(by: -1, count: count, visible: visible)
        case .down: move(by: 1, count: count, visible: visible)
        case .pageUp: pageUp(count: count, visible: visible)
        case .pageDown: pageDown(count: count, visible: visible)
        case .top: selectFirst(count: count, visible: visible)
        case .bottom: selectLast(count: count, visible: visible)
        default: break
        }
    }

    /// A click on the `line`-th visible row: selects it, or reports that it was already selected
    /// (the second click of "click selects, click again opens").
    mutating func click(line: Int, count: Int, visible: Int) -> Bool {
        let index = offset + line
        guard line >= 0, line < visible, index < count else { return false }
        if index == selected { return true }
        select(index, count: count, visible: visible)
        return false
    }
}
