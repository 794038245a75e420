/// The change of a rating from one round to another, comparing like with like: published
/// with published, assessed with assessed, never one with the other.
public struct RoundChange: Sendable, Equatable {
    /// Which figures were compared.
    public enum Basis: String, Sendable, Equatable {
        case published
        case assessed
    }

    public var basis: Basis
    public var from: Int
    public var to: Int

    public init(basis: Basis, from: Int, to: Int) {
        self.basis = basis
        self.from = from
        self.to = to
    }

    /// Later minus earlier.
    public var delta: Int { to - from }

    /// The assessed change when both rounds are completely assessed, else the published
    /// change when both have a published rating, else nil: the rounds are not comparable.
    public static func between(_ earlier: Rating, _ later: Rating) -> RoundChange? {
        assessed(earlier, later) ?? published(earlier, later)
    }

    /// Published against published, or nil.
    public static func published(_ earlier: Rating, _ later: Rating) -> RoundChange? {
        guard let from = earlier.reported, let to = later.reported else { return nil }
        return RoundChange(basis: .published, from: from, to: to)
    }

    /// Complete assessment against complete assessment, or nil.
    public static func assessed(_ earlier: Rating, _ later: Rating) -> RoundChange? {
        guard let from = earlier.completeAssessed, let to = later.completeAssessed else { return nil }
        return RoundChange(basis: .assessed, from: from, to: to)
    }
}
