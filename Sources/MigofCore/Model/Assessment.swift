/// One assessment round of one country: the published ratings and the analyst's indicator scores.
public struct Assessment: Sendable, Equatable {
    /// Most characters (grapheme clusters) a note may hold, in the dashboard and in `migof set`.
    public static let noteLimit = 500

    /// Refuses a note a user types that is over `noteLimit`, saying by how much, rather than
    /// cutting it. (Stores may hold longer notes; they are never shortened.)
    public static func checkNewNote(_ note: String) throws(MigofError) {
        let count = note.count
        guard count <= noteLimit else {
            throw .unknown("the note has \(count) characters; a note holds at most \(noteLimit), so nothing was changed")
        }
    }

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
