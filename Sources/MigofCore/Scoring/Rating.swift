/// The reported and assessed figures of one area (or of the overall rating), and its headline.
public struct Rating: Sendable, Equatable {
    /// The published rating, 1 to 4.
    public var reported: Int?
    public var source: String?
    /// Mean of the scored indicators (for the overall rating: mean of the assessed area means).
    public var assessedMean: Double?
    /// Indicators scored, and indicators in scope.
    public var scored: Int
    public var total: Int

    public init(reported: Int?, source: String?, assessedMean: Double?, scored: Int, total: Int) {
        self.reported = reported
        self.source = source
        self.assessedMean = assessedMean
        self.scored = scored
        self.total = total
    }

    /// The assessed mean rounded half up to a band.
    public var assessed: Int? {
        assessedMean.map { Int(($0 + 0.5).rounded(.down)) }
    }

    public var isFullyScored: Bool { total > 0 && scored == total }

    /// Which figure headlines; see `RatingBasis` for the rule.
    public var basis: RatingBasis? {
        if assessedMean != nil, isFullyScored { return .assessed }
        if reported != nil { return .reported }
        if assessedMean != nil { return .partial }
        return nil
    }

    /// The headline band, 1 to 4, or nil when unrated.
    public var value: Int? {
        switch basis {
        case .assessed, .partial: return assessed
        case .reported: return reported
        case nil: return nil
        }
    }

    /// "4/6 scored".
    public var coverage: String { "\(scored)/\(total) scored" }

    /// True when the assessed mean and the published rating are a whole band or more apart.
    public var disagrees: Bool {
        guard let reported, let assessedMean else { return false }
        return abs(assessedMean - Double(reported)) >= 1.0
    }
}
