/// One saved change, as the audit trail records it: who changed what, when, from what to what.
public struct AuditEntry: Sendable, Equatable {
    /// What kind of change an entry records.
    public enum Change: String, Sendable, Equatable, CaseIterable {
        case score
        case note
        case yearAdded = "year added"
        case yearRemoved = "year removed"
        case countryAdded = "country added"
        case countryRemoved = "country removed"
        /// A published (reported) rating set, changed or removed, e.g. by `import sdg`:
        /// `indicator` holds the area id or `overall`, the scores the old and new rating,
        /// the notes the old and new source.
        case rating
    }

    /// UTC, ISO 8601, e.g. `2026-11-29T02:47:00Z`.
    public var time: String
    /// Who saved: `$USER`, else the passwd name of the process's user (see `AuditUser`).
    public var user: String
    public var change: Change
    public var country: String
    /// Nil for a country added or removed.
    public var year: Int?
    /// Nil unless the change is a score or a note.
    public var indicator: String?
    public var oldScore: Int?
    public var newScore: Int?
    public var oldNote: String?
    public var newNote: String?

    public init(time: String, user: String, change: Change, country: String, year: Int? = nil, indicator: String? = nil,
                oldScore: Int? = nil, newScore: Int? = nil, oldNote: String? = nil, newNote: String? = nil) {
        self.time = time
        self.user = user
        self.change = change
        self.country = country
        self.year = year
        self.indicator = indicator
        self.oldScore = oldScore
        self.newScore = newScore
        self.oldNote = oldNote
        self.newNote = newNote
    }
}
