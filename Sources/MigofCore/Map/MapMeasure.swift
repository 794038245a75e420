/// What the world map colours its tiles by: one figure (the overall rating or an area's)
/// read as published, as assessed, or as its change since the previous round.
public struct MapMeasure: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The published 10.7.2 rating.
        case published
        /// The rating worked out from the answers (partial assessments included).
        case assessed
        /// Published or assessed, like with like (`RoundChange.between`), since the previous round.
        case change
    }

    /// The area id, or nil for the overall rating.
    public var area: String?
    public var kind: Kind

    public init(area: String? = nil, kind: Kind = .published) {
        self.area = area
        self.kind = kind
    }

    /// "Overall published", "P2 change".
    public var label: String { "\(area ?? "Overall") \(kind.rawValue)" }

    /// The figure this measure reads from a rating.
    public func value(of rating: Rating) -> Int? {
        switch kind {
        case .published: rating.reported
        case .assessed: rating.assessed
        case .change: nil
        }
    }

    /// The rating of this measure's figure in a profile.
    public func rating(in profile: Profile) -> Rating? {
        guard let area else { return profile.overall }
        return profile.area(area)?.rating
    }
}
