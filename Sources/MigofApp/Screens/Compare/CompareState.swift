import MigofWidgets

/// The compare screen's state: which country and year is on each side, and how the rows show.
///
/// It travels inside `Screen.compare`, so each comparison on the stack keeps its own sides,
/// expansion and scroll position, and Esc returns to the previous one exactly as it was.
public struct CompareState: Hashable, Sendable {
    /// A side of the comparison: A is drawn on the left (or on top), B on the right.
    public enum Side: Hashable, Sendable {
        case a, b
    }

    /// ISO3 of side A.
    public internal(set) var a: String
    public internal(set) var yearA: Int
    /// ISO3 of side B; may equal `a` for a trend.
    public internal(set) var b: String
    public internal(set) var yearB: Int
    /// The side that keys acting on one side (editing) apply to.
    public internal(set) var focus: Side = .a
    /// Area ids whose indicators are shown.
    public internal(set) var expanded: Set<String> = []
    /// When true, expanded areas list only the indicators whose scores differ.
    public internal(set) var onlyDiffering = false
    /// The selected row; both sides share it, so they scroll together.
    var list = ListState()

    public init(a: String, yearA: Int, b: String, yearB: Int) {
        self.a = a
        self.yearA = yearA
        self.b = b
        self.yearB = yearB
    }

    /// The country and year of one side.
    public func side(_ side: Side) -> (code: String, year: Int) {
        side == .a ? (a, yearA) : (b, yearB)
    }

    /// Exchanges A and B with their years; expansion and selection stay.
    mutating func swap() {
        (a, b) = (b, a)
        (yearA, yearB) = (yearB, yearA)
    }

    mutating func setYear(_ year: Int, of side: Side) {
        if side == .a { yearA = year } else { yearB = year }
    }
}
