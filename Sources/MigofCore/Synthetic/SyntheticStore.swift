/// Builds stores of any size with made-up entities, for benchmarks and stress tests.
///
/// Everything in it says that it is synthetic: entities are named "Synthland 00042", keyed
/// `S00042` (a local code, which can never collide with an ISO 3166 alpha-3 country code),
/// and every published rating's source is "synthetic". Every indicator of the framework is
/// scored and carries a short note, in every year, so the store has the shape of a fully
/// assessed Local MGI round. The same seed always gives the same store, and therefore the
/// same bytes on disk.
public struct SyntheticStore: Sendable {
    /// How many entities to make.
    public var entities: Int
    /// How many assessment rounds per entity, two years apart, the last in 2021.
    public var years: Int
    /// Seed of the random draws.
    public var seed: UInt64

    /// The most entities a store can be given; keys stay within the 10 characters allowed.
    public static let maxEntities = 1_000_000
    /// The most rounds; the earliest stays within the years a store accepts.
    public static let maxYears = 50
    /// The year of the last round.
    public static let lastYear = 2021
    /// The source of every published rating.
    public static let source = "synthetic"

    static let regions = ["Africa", "Americas", "Asia", "Europe", "Oceania"]
    static let noteTopics = ["Law", "Decree", "Policy", "Strategy", "Survey", "Audit", "Plan", "Review"]

    /// Describes a store; `make(framework:)` builds it.
    public init(entities: Int, years: Int, seed: UInt64) {
        self.entities = entities
        self.years = years
        self.seed = seed
    }

    /// The problem with these settings, or nil when a store can be made.
    public var problem: String? {
        if !(0...Self.maxEntities).contains(entities) {
            return "--entities must be from 0 to \(Self.maxEntities), got \(entities)"
        }
        if !(1...Self.maxYears).contains(years) {
            return "--years must be from 1 to \(Self.maxYears), got \(years)"
        }
        return nil
    }

    /// Digits in the numbers of names and keys: five, or more for a million entities.
    var digits: Int { max(5, String(max(entities, 1)).count) }

    /// The assessment years, oldest first.
    public var assessmentYears: [Int] {
        (0..<years).map { Self.lastYear - 2 * (years - 1 - $0) }
    }

    /// The key of entity `number` (counted from 1), e.g. `S00042`.
    public func key(_ number: Int) -> String {
        "S" + padded(number)
    }

    /// The name of entity `number` (counted from 1), e.g. "Synthland 00042".
    public func name(_ number: Int) -> String {
        "Synthland " + padded(number)
    }

    private func padded(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Builds the store under `framework`; call only when `problem` is nil.
    public func make(framework: Framework) -> Store {
        var random = SplitMix64(seed: seed)
        let rounds = assessmentYears
        let scale = framework.scoreRange
        let areaIDs = framework.areas.map(\.id)
        let indicatorIDs = framework.indicatorIDs
        var countries: [String: Country] = [:]
        countries.reserveCapacity(entities)
        for number in stride(from: 1, through: entities, by: 1) {
            let code = key(number)
            // Each entity has a level that its scores scatter around, so ratings spread over
            // the whole scale the way real ones do instead of averaging out to the middle.
            let level = random.next(in: scale)
            var assessments: [Int: Assessment] = [:]
            for year in rounds {
                assessments[year] = assessment(level: level, year: year, framework: framework, areaIDs: areaIDs,
                                               indicatorIDs: indicatorIDs, random: &random)
            }
            countries[code] = Country(iso3: code, iso2: "", m49: "", name: name(number),
                                      region: random.pick(Self.regions), subRegion: "Synthetic",
                                      assessments: assessments)
        }
        return Store(countries: countries, sources: [Self.source: Source(
            citation: "Synthetic data made by migof generate", publisher: "migof", path: "migof generate", licence: "")])
    }

    private func assessment(level: Int, year: Int, framework: Framework, areaIDs: [String], indicatorIDs: [String],
                            random: inout SplitMix64) -> Assessment {
        let scale = framework.scoreRange
        func near(_ value: Int) -> Int {
            min(max(value + random.next(in: -1...1), scale.lowerBound), scale.upperBound)
        }
        let overall = ReportedRating(rating: near(level), source: Self.source)
        var areas: [ReportedRating] = []
        var scores: [Int] = []
        var notes: [String] = []
        for area in framework.areas {
            areas.append(ReportedRating(rating: near(level), source: Self.source))
            for indicator in area.indicators {
                // An option number: on a 1–4 scale the level itself, on fewer options clamped.
                scores.append(min(near(level), max(indicator.options.count, 1)))
                let topic = random.pick(Self.noteTopics)
                notes.append("\(topic) \(random.next(in: 1...999)) of \(year)")
            }
        }
        // Every id in framework order: the maps can share the framework's arrays of ids.
        return Assessment(reportedOverall: overall,
                          reportedAreas: IDMap(sharingKeys: areaIDs, values: areas),
                          scores: IDMap(sharingKeys: indicatorIDs, values: scores),
                          notes: NoteMap(sharingKeys: indicatorIDs, values: notes))
    }
}
