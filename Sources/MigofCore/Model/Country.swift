/// A country (or other assessed entity) with its ISO metadata and its assessments by year.
public struct Country: Sendable, Equatable {
    /// The key of the entity in the store: an ISO 3166 alpha-3 code, or a local code for an
    /// entity that has none (see `EntityKey`).
    public var iso3: String
    public var iso2: String
    /// UN M49 numeric code, kept as a three-digit string.
    public var m49: String
    public var name: String
    public var region: String
    public var subRegion: String
    public var assessments: [Int: Assessment]

    public init(iso3: String, iso2: String, m49: String, name: String, region: String,
                subRegion: String, assessments: [Int: Assessment] = [:]) {
        self.iso3 = iso3
        self.iso2 = iso2
        self.m49 = m49
        self.name = name
        self.region = region
        self.subRegion = subRegion
        self.assessments = assessments
    }

    /// Assessment years, oldest first.
    public var years: [Int] { assessments.keys.sorted() }

    /// The latest year the country has, or nil when it has none.
    public var latestYear: Int? { assessments.keys.max() }
}
