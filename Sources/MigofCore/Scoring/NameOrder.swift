/// Entities in the order of their folded names (equal names by code), and each entity's
/// place in it: the tie-break of every rating order, kept as a number so that sorting by a
/// rating compares integers, never names.
public struct NameOrder: Sendable {
    /// Folded names, by entity index.
    public let folded: [String]
    /// Entity indices by folded name, equal names by code.
    public let order: [Int]
    /// Each entity's position in `order`.
    let rank: [Int32]

    /// The order of entities named `names` (as the store writes them) with codes `codes`.
    public init(names: [String], codes: [String]) {
        let folded = names.map(\.folded)
        var order = Array(codes.indices)
        order.sort { folded[$0] != folded[$1] ? folded[$0] < folded[$1] : codes[$0] < codes[$1] }
        var rank = [Int32](repeating: 0, count: codes.count)
        for (place, index) in order.enumerated() { rank[index] = Int32(place) }
        self.folded = folded
        self.order = order
        self.rank = rank
    }
}
