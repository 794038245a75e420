/// Standard competition ranks ("1224") for a list ordered best first, written with `=` on
/// ties: ten countries rated the same after the first are all "2=", then the next is "12".
enum RankLabel {
    /// The label of the entry at `index` of `values` (ordered best first; nil entries, the
    /// unrated at the end, have no rank and get "").
    static func label(at index: Int, in values: (Int) -> Int?, count: Int) -> String {
        guard index >= 0, index < count, let value = values(index) else { return "" }
        var first = index
        // Ties are few and adjacent; walking back stays short, and the view asks only for
        // the rows on screen.
        while first > 0, values(first - 1) == value { first -= 1 }
        let tied = first < index || (index + 1 < count && values(index + 1) == value)
        return "\(first + 1)" + (tied ? "=" : "")
    }
}
