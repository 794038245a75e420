/// How much space one slot of a ``Rect/split(_:_:spacing:)`` wants.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells, if there is room.
    case fixed(Int)
    /// At least this many cells; grows when nothing fills the space.
    case min(Int)
    /// This percentage of the space left after spacing, rounded down.
    case percentage(Int)
    /// A share of whatever the other constraints leave, by weight (at least 1).
    case fill(Int)
}
