import MigofWidgets

/// Column positions of one row of the side-by-side compare table. A's figures mirror B's
/// around the bars' common axis, so equal ratings draw equal lengths from the middle.
struct CompareColumns {
    var area: Rect, aBasis: Rect, aLabel: Rect?, aValue: Rect, aBar: Rect, axis: Rect
    var bBar: Rect, bValue: Rect, bLabel: Rect?, bBasis: Rect, delta: Rect

    /// Every column in `row`, with basis columns `basisWidth` wide; the scale labels join in
    /// from 96 columns, in full from 118.
    init(_ row: Rect, basisWidth: Int) {
        let labelWidth = row.width >= 118 ? 17 : (row.width >= 96 ? 9 : 0)
        var constraints: [Constraint] = [.fill(1), .fixed(basisWidth)]
        if labelWidth > 0 { constraints.append(.fixed(labelWidth)) }
        constraints += [.fixed(2), .fixed(17), .fixed(2)]
        if labelWidth > 0 { constraints.append(.fixed(labelWidth)) }
        constraints += [.fixed(basisWidth), .fixed(3)]
        var slots = row.split(.horizontal, constraints, spacing: 1)
        area = slots.removeFirst()
        aBasis = slots.removeFirst()
        aLabel = labelWidth > 0 ? slots.removeFirst() : nil
        aValue = slots.removeFirst()
        // Two bars of 8 around a one-column axis, touching it so they meet face to face.
        let bars = slots.removeFirst()
        aBar = Rect(x: bars.x, y: row.y, width: min(8, bars.width), height: 1)
        axis = Rect(x: bars.x + 8, y: row.y, width: bars.width > 8 ? 1 : 0, height: 1)
        bBar = Rect(x: bars.x + 9, y: row.y, width: max(0, bars.width - 9), height: 1)
        bValue = slots.removeFirst()
        bLabel = labelWidth > 0 ? slots.removeFirst() : nil
        bBasis = slots.removeFirst()
        delta = slots.removeFirst()
    }
}
