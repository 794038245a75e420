/// Selection and scroll position of a list or table.
///
/// Every mutating method takes the item count and the number of visible rows
/// so the state is always valid for what is on screen: the selection stays in
/// `0..<count` (0 for an empty list), the selected row stays visible, and the
/// list never scrolls past its last page.
public struct ListState: Hashable, Sendable {
    /// Index of the selected item; 0 when the list is empty, so check the
    /// count before indexing.
    public var selected: Int
    /// Index of the first visible item.
    public var offset: Int

    /// Creates a state; call ``clamp(count:visible:)`` before relying on it.
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Selects item `index` (clamped into range) and scrolls as little as
    /// needed to show it.
    public mutating func select(_ index: Int, count: Int, visible: Int) {
        guard count > 0 else {
            selected = 0
            offset = 0
            return
        }
        selected = min(max(index, 0), count - 1)
        let rows = max(visible, 1)
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = min(max(offset, 0), max(count - rows, 0))
    }

    /// Re-validates after the item count or the visible height changed.
    public mutating func clamp(count: Int, visible: Int) {
        select(selected, count: count, visible: visible)
    }

    /// Moves the selection by `delta` items, stopping at the ends.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        select(selected + delta, count: count, visible: visible)
    }

    /// Moves one page up, stopping at the first item.
    public mutating func pageUp(count: Int, visible: Int) {
        move(by: -max(visible, 1), count: count, visible: visible)
    }

    /// Moves one page down, stopping at the last item.
    public mutating func pageDown(count: Int, visible: Int) {
        move(by: max(visible, 1), count: count, visible: visible)
    }

    /// Selects the first item.
    public mutating func selectFirst(count: Int, visible: Int) {
        select(0, count: count, visible: visible)
    }

    /// Selects the last item.
    public mutating func selectLast(count: Int, visible: Int) {
        select(count - 1, count: count, visible: visible)
    }
}
