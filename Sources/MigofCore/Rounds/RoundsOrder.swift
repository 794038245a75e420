/// How the rounds table is ordered: by the size of a measure's change (largest first, rises
/// before falls of the same size), or by name.
public enum RoundsOrder: Sendable, Hashable {
    /// By the size of the change of a measure: nil for the overall rating, else an area id.
    case change(String?)
    case name

    /// `change` (overall), an area id (`P2`), or `name`; nil for anything else.
    public init?(_ text: String, framework: Framework) {
        switch text.lowercased() {
        case "change", "overall": self = .change(nil)
        case "name": self = .name
        default:
            guard let area = framework.areas.first(where: { $0.id.lowercased() == text.lowercased() }) else { return nil }
            self = .change(area.id)
        }
    }

    /// "overall change", "P2 change", "name".
    public var label: String {
        switch self {
        case .change(let area): "\(area ?? "overall") change"
        case .name: "name"
        }
    }

    /// The rows in this order; countries without a comparable change go last, and ties by name.
    func sorted(_ rows: [RoundsTable.Row], measures: [String]) -> [RoundsTable.Row] {
        switch self {
        case .name:
            return rows.sorted { ($0.name.folded, $0.iso3) < ($1.name.folded, $1.iso3) }
        case .change(let area):
            let index = area.flatMap { measures.firstIndex(of: $0) } ?? 0
            func key(_ row: RoundsTable.Row) -> (Int, Int, Int) {
                guard let change = row.changes[index] else { return (1, 0, 0) }
                return (0, -abs(change.delta), change.delta > 0 ? 0 : 1)
            }
            return rows.sorted { left, right in
                let (a, b) = (key(left), key(right))
                if a != b { return a < b }
                return (left.name.folded, left.iso3) < (right.name.folded, right.iso3)
            }
        }
    }

    /// Every order, for stepping through them on the screen: overall change, each area, name.
    public static func all(_ framework: Framework) -> [RoundsOrder] {
        [.change(nil)] + framework.areas.map { .change($0.id) } + [.name]
    }
}
