/// An area's indicators with their scores and notes, read one at a time from the
/// assessment's maps: indexing one entry costs one lookup, not a copy of the whole area.
///
/// Screens index entries row by row; when this was an array built on every access, an area
/// of 10,000 indicators cost 10,000 × 10,000 lookups per frame (seconds per key).
public struct IndicatorEntries: RandomAccessCollection, Sendable, Equatable {
    let area: Area
    let scores: IDMap<Int>
    let notes: NoteMap
    let firstPosition: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { area.indicators.count }

    public subscript(position: Int) -> IndicatorEntry {
        let indicator = area.indicators[position]
        return IndicatorEntry(indicator: indicator,
                              score: scores.value(forKey: indicator.id, hint: firstPosition + position),
                              note: notes.value(forKey: indicator.id, hint: firstPosition + position))
    }

    public static func == (lhs: IndicatorEntries, rhs: IndicatorEntries) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
