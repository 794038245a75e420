/// One value that a three-way merge (`migof merge`) found changed differently on both sides.
///
/// The merged store keeps our side's value and records the conflict in its `conflicts`
/// section, so the file stays valid and nothing of their side is lost until it is resolved.
public struct StoreConflict: Sendable, Equatable {
    /// Which kind of value conflicts.
    public enum Field: String, Sendable, Equatable, CaseIterable {
        /// An indicator answer; `key` is the indicator id.
        case score
        /// An indicator note; `key` is the indicator id.
        case note
        /// A published rating; `key` is `overall` or an area id.
        case reported
        /// A country's metadata; `key` is `name`, `iso2`, `m49`, `region` or `subRegion`.
        case metadata
        /// A whole assessment year, removed on one side and edited on the other.
        case assessment
        /// A whole country, removed on one side and edited on the other.
        case country
    }

    /// Who made one side's change, from that side's audit trail (nil when it has no entry).
    public struct Stamp: Sendable, Equatable {
        public var user: String
        public var time: String

        public init(user: String, time: String) {
            self.user = user
            self.time = time
        }
    }

    /// Its number in the store, from 1: what `migof resolve` and the dashboard name it by.
    public var id: Int
    public var country: String
    /// Nil for metadata and whole countries.
    public var year: Int?
    public var field: Field
    /// The indicator, area or metadata field; nil for whole years and countries.
    public var key: String?
    public var base: ConflictValue
    public var ours: ConflictValue
    public var theirs: ConflictValue
    public var oursBy: Stamp?
    public var theirsBy: Stamp?

    public init(id: Int, country: String, year: Int?, field: Field, key: String?, base: ConflictValue,
                ours: ConflictValue, theirs: ConflictValue, oursBy: Stamp? = nil, theirsBy: Stamp? = nil) {
        self.id = id
        self.country = country
        self.year = year
        self.field = field
        self.key = key
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.oursBy = oursBy
        self.theirsBy = theirsBy
    }

    /// `CAN 2021 1c`, `CAN 2021 reported P1`, `CAN name`, `CAN 2021`, `CAN`: what conflicts.
    public var place: String {
        var parts = [country]
        if let year { parts.append(String(year)) }
        switch field {
        case .score: parts.append(key ?? "")
        case .note: parts.append("\(key ?? "") note")
        case .reported: parts.append("reported \(key ?? "")")
        case .metadata: parts.append(key ?? "")
        case .assessment, .country: break
        }
        return parts.joined(separator: " ")
    }
}

/// One side's value of a conflict, of the conflict's field.
public enum ConflictValue: Sendable, Equatable {
    case score(Int?)
    case note(String?)
    case reported(ReportedRating?)
    case text(String?)
    indirect case assessment(Assessment?)
    indirect case country(Country?)

    /// True when the value is absent: no answer, no note, no rating, a removed year or country.
    public var isAbsent: Bool {
        switch self {
        case .score(let v): return v == nil
        case .note(let v): return v == nil
        case .reported(let v): return v == nil
        case .text(let v): return v == nil
        case .assessment(let v): return v == nil
        case .country(let v): return v == nil
        }
    }
}
