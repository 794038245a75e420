/// One assessment round of one country: the published ratings and the analyst's indicator scores.
public struct Assessment: Sendable, Equatable {
    /// The published overall rating, if any.
    public var reportedOverall: ReportedRating?
    /// Published per-area ratings keyed by area id.
    public var reportedAreas: IDMap<ReportedRating>
    /// Indicator scores keyed by indicator id; an absent key means unscored.
    public var scores: IDMap<Int>
    /// Indicator notes keyed by indicator id; never holds empty strings.
    public var notes: NoteMap

    public init(reportedOverall: ReportedRating? = nil, reportedAreas: IDMap<ReportedRating> = [:],
                scores: IDMap<Int> = [:], notes: NoteMap = [:]) {
        self.reportedOverall = reportedOverall
        self.reportedAreas = reportedAreas
        self.scores = scores
        self.notes = notes
    }

    /// True when the round holds neither published ratings nor scores nor notes.
    public var isEmpty: Bool {
        reportedOverall == nil && reportedAreas.isEmpty && scores.isEmpty && notes.isEmpty
    }
}
