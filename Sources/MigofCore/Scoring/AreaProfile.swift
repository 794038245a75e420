/// One area of one country in one year: its rating and its indicators.
public struct AreaProfile: Sendable {
    public var area: Area
    public var rating: Rating
    /// The scores and notes the indicator entries are read from (the assessment's own maps,
    /// shared, not copied).
    private var scores: IDMap<Int>
    private var notes: NoteMap
    /// Where the area's first indicator is in framework order, where the maps keep it.
    private var firstPosition: Int

    /// The area's indicators with their scores and notes, in framework order. Read from the
    /// assessment's maps entry by entry, so the dashboard's profiles of 20,000 entities do
    /// not each hold a copy of every indicator, and indexing one entry is one lookup.
    public var indicators: IndicatorEntries {
        IndicatorEntries(area: area, scores: scores, notes: notes, firstPosition: firstPosition)
    }

    public init(area: Area, rating: Rating, indicators: [IndicatorEntry]) {
        self.area = area
        self.rating = rating
        scores = [:]
        notes = [:]
        for entry in indicators {
            scores[entry.indicator.id] = entry.score
            notes[entry.indicator.id] = entry.note
        }
        firstPosition = 0
    }

    /// The area's entries read from an assessment's maps; `firstPosition` is the framework
    /// position of the area's first indicator.
    init(area: Area, rating: Rating, scores: IDMap<Int>, notes: NoteMap, firstPosition: Int) {
        self.area = area
        self.rating = rating
        self.scores = scores
        self.notes = notes
        self.firstPosition = firstPosition
    }
}

extension AreaProfile: Equatable {
    public static func == (lhs: AreaProfile, rhs: AreaProfile) -> Bool {
        lhs.area == rhs.area && lhs.rating == rhs.rating && lhs.indicators.elementsEqual(rhs.indicators)
    }
}
