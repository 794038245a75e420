/// How country listings are ordered: by name, or by a headline rating (highest first,
/// unrated last, ties by name).
public enum CountrySort: Sendable, Equatable, Hashable {
    case name
    case overall
    case area(String)

    /// Parses `name`, `overall` or an area id such as `P1` (case-insensitive).
    public init?(_ text: String, framework: Framework) {
        switch text.lowercased() {
        case "name": self = .name
        case "overall": self = .overall
        default:
            guard let area = framework.area(text) else { return nil }
            self = .area(area.id)
        }
    }

    public var label: String {
        switch self {
        case .name: return "name"
        case .overall: return "overall"
        case .area(let id): return id
        }
    }

    /// The rating a profile is ranked by under this order.
    public func key(_ profile: Profile) -> Int? {
        switch self {
        case .name: return nil
        case .overall: return profile.overall.value
        case .area(let id): return profile.area(id)?.rating.value
        }
    }

    /// Sorts profiles in place by this order.
    public func sort(_ profiles: inout [Profile]) {
        switch self {
        case .name:
            // Fold each name once, not once per comparison.
            let keyed = profiles.map { ($0.country.name.folded, $0) }
            profiles = keyed.sorted { $0.0 < $1.0 }.map(\.1)
        default:
            let keyed = profiles.map { (key($0) ?? Int.min, $0.country.name.folded, $0) }
            profiles = keyed.sorted { l, r in l.0 != r.0 ? l.0 > r.0 : l.1 < r.1 }.map(\.2)
        }
    }
}
