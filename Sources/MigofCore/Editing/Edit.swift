/// One change to what would be saved, carrying both the old and the new value so that it
/// can be undone, journalled, replayed and checked against the store it applies to.
public enum Edit: Sendable, Equatable {
    /// One indicator score (nil: unscored).
    case score(country: String, year: Int, indicator: String, old: Int?, new: Int?)
    /// One indicator note (nil: no note).
    case note(country: String, year: Int, indicator: String, old: String?, new: String?)
    /// Several scores of one assessment at once, e.g. copying the previous round.
    case scores(country: String, year: Int, old: IDMap<Int>, new: IDMap<Int>)
    /// A whole assessment year added (old nil) or removed (new nil).
    case assessment(country: String, year: Int, old: Assessment?, new: Assessment?)
    /// A whole country added (old nil) or removed (new nil).
    case country(code: String, old: Country?, new: Country?)
    /// A merge conflict resolved (`resolving`: its place set from `old` to `new` and the
    /// conflict removed from the store) or, as the inverse, brought back.
    case conflict(StoreConflict, resolving: Bool, old: ConflictValue, new: ConflictValue)

    /// The edit that takes the store back.
    public var inverse: Edit {
        switch self {
        case let .score(country, year, indicator, old, new):
            return .score(country: country, year: year, indicator: indicator, old: new, new: old)
        case let .note(country, year, indicator, old, new):
            return .note(country: country, year: year, indicator: indicator, old: new, new: old)
        case let .scores(country, year, old, new):
            return .scores(country: country, year: year, old: new, new: old)
        case let .assessment(country, year, old, new):
            return .assessment(country: country, year: year, old: new, new: old)
        case let .country(code, old, new):
            return .country(code: code, old: new, new: old)
        case let .conflict(conflict, resolving, old, new):
            return .conflict(conflict, resolving: !resolving, old: new, new: old)
        }
    }

    /// The country the edit touches.
    public var countryCode: String {
        switch self {
        case .score(let country, _, _, _, _), .note(let country, _, _, _, _), .scores(let country, _, _, _),
             .assessment(let country, _, _, _):
            return country
        case .country(let code, _, _):
            return code
        case .conflict(let conflict, _, _, _):
            return conflict.country
        }
    }

    /// A short human description for the status bar: "CAN 2021 P1.2: 2 → 3".
    public var summary: String {
        func score(_ value: Int?) -> String { value.map(String.init) ?? "unscored" }
        switch self {
        case let .score(country, year, indicator, old, new):
            return "\(country) \(year) \(indicator): \(score(old)) → \(score(new))"
        case let .note(country, year, indicator, _, new):
            return "\(country) \(year) \(indicator): note \(new == nil ? "cleared" : "set")"
        case let .scores(country, year, _, new):
            return "\(country) \(year): \(new.count) scores set"
        case let .assessment(country, year, old, _):
            return "\(country) \(year): year \(old == nil ? "added" : "removed")"
        case let .country(code, old, _):
            return "\(code): country \(old == nil ? "added" : "removed")"
        case let .conflict(conflict, resolving, _, _):
            return "\(conflict.place): conflict \(conflict.id) \(resolving ? "resolved" : "back")"
        }
    }
}
