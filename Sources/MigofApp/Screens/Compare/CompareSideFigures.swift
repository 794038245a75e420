import MigofWidgets

/// What one side shows on a compare row: the number cell, the value its bar and label
/// draw, and the basis cell ("reported", "assessed", or "note" on an indicator).
struct CompareSideFigures {
    var number: TableCell
    var value: Int?
    var basis: TableCell
    /// False for an answer that is not on the rating scale (yes / no): no bar, no scale label.
    var scaled = true
}
