/// A row of the profile screen: an area, or one indicator of an expanded area.
enum ProfileRow: Hashable, Sendable {
    case area(Int)
    case indicator(area: Int, index: Int)
}
