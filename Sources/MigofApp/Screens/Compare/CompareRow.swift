/// A row of the compare screen, by position in the framework.
enum CompareRow: Hashable, Sendable {
    /// One area (index into the framework's areas).
    case area(Int)
    /// One indicator of an expanded area.
    case indicator(area: Int, index: Int)
    /// Stands in for an expanded area's indicators when only differing ones are shown and none differ.
    case noDifference(area: Int)
    /// The overall rating, first: it is the headline.
    case overall

    /// The area the row belongs to, if any.
    var areaIndex: Int? {
        switch self {
        case .area(let index), .indicator(let index, _), .noDifference(let index): return index
        case .overall: return nil
        }
    }
}
