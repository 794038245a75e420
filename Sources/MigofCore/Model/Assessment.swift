/// One assessment round of one country: the published ratings and the analyst's indicator scores.
public struct Assessment: Sendable, Equatable {
    /// Most characters (grapheme clusters) a note may hold, in the dashboard and in `migof set`.
    public static let noteLimit = 500

    /// The published overall rating, if any.
    public var reportedOverall: ReportedRating?
    /// Published per-area ratings keyed by area id.
    public var reportedAreas: IDMap<ReportedRating>
    /// Indicator scores keyed by indicator id; an absent key means unscored.
    public var scores: IDMap<Int>
    /// Indicator notes keyed by indicator id; never holds empty strings.
    public var notes: IDMap<String>

    public init(reportedOverall: ReportedRating? = nil, reportedAreas: IDMap<ReportedRating> = [:],
                scores: IDMap<Int> = [:], notes: IDMap<String> = [:]) {
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
