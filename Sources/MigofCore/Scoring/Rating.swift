/// The published and assessed figures of one area (or of the overall rating), and its headline.
///
/// Everything a screen or report says about a rating comes from here: the published rating
/// with its citation and caveat, the assessed rating with its figure (`60%`) and coverage
/// (`3/5`), the basis, and whether the two disagree.
public struct Rating: Sendable, Equatable {
    /// The published rating, 1 to 4.
    public var reported: Int?
    /// The id of the published rating's source in the store's table.
    public var source: String?
    /// The source's citation, "UN SDG Global Database, series SG_CPA_MIGRS".
    public var citation: String?
    /// Why the published value is doubtful, from the data; nil when it is not.
    public var caveat: String?
    /// The framework rule's figure before banding (the mean of the answers' values times the
    /// factor: a percentage for 10.7.2, a 1–4 mean for the MGI topics), over the answered
    /// indicators only. The name is kept from when it was always a 1–4 mean.
    public var assessedMean: Double?
    /// The band of `assessedMean` under the rule; provisional while the rating is partial.
    public var assessed: Int?
    /// Indicators answered, and indicators in scope.
    public var scored: Int
    public var total: Int
    /// Written after the figure: `%`, or empty.
    public var unit: String

    public init(reported: Int?, source: String?, citation: String? = nil, caveat: String? = nil,
                assessedMean: Double?, assessed: Int?, scored: Int, total: Int, unit: String = "") {
        self.reported = reported
        self.source = source
        self.citation = citation
        self.caveat = caveat
        self.assessedMean = assessedMean
        self.assessed = assessed
        self.scored = scored
        self.total = total
        self.unit = unit
    }

    /// The published rating (the same as `reported`).
    public var published: Int? { reported }
    /// The rule's figure (the same as `assessedMean`): 60 for `60%`.
    public var percent: Double? { assessedMean }
    /// Indicators answered (the same as `scored`).
    public var answered: Int { scored }

    public var isFullyScored: Bool { total > 0 && scored == total }

    /// Which figure headlines; see `RatingBasis` for the rule.
    public var basis: RatingBasis? {
        if assessed != nil, isFullyScored { return .assessed }
        if reported != nil { return .reported }
        if assessed != nil { return .partial }
        return nil
    }

    /// The headline rating that counts: the complete assessment, else the published rating.
    /// A partial assessment is never a headline value, so it never enters statistics,
    /// averages, rankings or `list` ratings; nil when neither exists.
    public var value: Int? {
        switch basis {
        case .assessed: return assessed
        case .reported: return reported
        case .partial, nil: return nil
        }
    }

    /// What a screen shows in a rating cell: the headline value, or the provisional partial
    /// rating (to be marked as partial), or nil.
    public var shown: Int? { value ?? (basis == .partial ? assessed : nil) }

    /// The assessed rating only when every indicator is answered.
    public var completeAssessed: Int? { isFullyScored ? assessed : nil }

    /// "3/5 scored".
    public var coverage: String { "\(scored)/\(total) scored" }

    /// `60%` or `2.67`: the figure as shown, or nil when nothing is answered.
    public var figureText: String? {
        assessedMean.map { ScoringRule.text($0, unit: unit) }
    }

    /// True when a complete assessment falls in a different band from the published rating.
    /// A partial assessment never disagrees: it is provisional.
    public var disagrees: Bool {
        guard let reported, let assessed = completeAssessed else { return false }
        return assessed != reported
    }
}
