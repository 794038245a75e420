/// A filter on countries' ratings in one year, as the browser's `:filter` takes it:
/// `overall = 1`, `P3 <= 2`, `P1=assessed`, `partial`, `data`. Every clause must hold.
///
/// Rating clauses compare the headline value (`Rating.value`), so a partial assessment, which
/// is no rating, never matches `P3 <= 2`; ask for it with `P3=partial`.
public struct RatingFilter: Sendable, Equatable {
    /// How a rating clause compares.
    public enum Comparison: String, Sendable, Equatable, CaseIterable {
        case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

        /// The operator as shown, with the mathematical signs.
        public var symbol: String {
            switch self {
            case .equal: "="
            case .notEqual: "≠"
            case .less: "<"
            case .lessOrEqual: "≤"
            case .greater: ">"
            case .greaterOrEqual: "≥"
            }
        }

        func holds(_ left: Int, _ right: Int) -> Bool {
            switch self {
            case .equal: left == right
            case .notEqual: left != right
            case .less: left < right
            case .lessOrEqual: left <= right
            case .greater: left > right
            case .greaterOrEqual: left >= right
            }
        }
    }

    /// Which figure headlines a column: a basis, or `unrated` for none.
    public enum Basis: String, Sendable, Equatable, CaseIterable {
        case published, assessed, partial, unrated

        init(_ basis: RatingBasis?) {
            switch basis {
            case .reported?: self = .published
            case .assessed?: self = .assessed
            case .partial?: self = .partial
            case nil: self = .unrated
            }
        }
    }

    /// One condition. `area` nil means the overall rating.
    public enum Clause: Sendable, Equatable {
        case rating(area: String?, Comparison, Int)
        case basis(area: String?, Basis, negated: Bool)
        /// Only countries with an assessment in the year.
        case hasData
    }

    public var clauses: [Clause]

    public init(clauses: [Clause]) {
        self.clauses = clauses
    }

    /// Whether `profile` passes every clause.
    public func matches(_ profile: Profile) -> Bool {
        clauses.allSatisfy { clause in
            switch clause {
            case .hasData:
                return profile.hasAssessment
            case .rating(let area, let comparison, let value):
                guard profile.hasAssessment, let rating = Self.rating(profile, area)?.value else { return false }
                return comparison.holds(rating, value)
            case .basis(let area, let basis, let negated):
                guard profile.hasAssessment, let rating = Self.rating(profile, area) else { return negated }
                return (Basis(rating.basis) == basis) != negated
            }
        }
    }

    private static func rating(_ profile: Profile, _ area: String?) -> Rating? {
        guard let area else { return profile.overall }
        return profile.area(area)?.rating
    }

    /// The clauses as the browser's bar shows them: "P3 ≤ 2 · overall assessed".
    public var description: String {
        clauses.map { clause in
            switch clause {
            case .hasData: "with data"
            case .rating(let area, let comparison, let value): "\(area ?? "overall") \(comparison.symbol) \(value)"
            case .basis(let area, let basis, let negated): "\(area ?? "overall") \(negated ? "not " : "")\(basis.rawValue)"
            }
        }.joined(separator: " · ")
    }
}
