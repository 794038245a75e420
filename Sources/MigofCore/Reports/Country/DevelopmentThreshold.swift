/// The line between "well-developed areas" and "areas with potential for further development",
/// taken from the framework rather than fixed in code.
///
/// The threshold is the lowest rating of the upper half of the framework's scale (on the 1–4
/// scale of SDG 10.7.2 and the MGI topics: 3, "Meets"), and its figure is where the rule's band
/// for that rating starts (80% for 10.7.2, 2.5 for the MGI topics). An area is placed by its
/// headline rating (`Rating.value`): a partial assessment or no rating places it in neither.
public struct DevelopmentThreshold: Sendable, Equatable {
    /// Ratings from this one up are well developed.
    public var rating: Int
    /// The scale label of `rating`, "Meets".
    public var label: String
    /// Where the rule's band for `rating` starts, or nil when no band gives that rating.
    public var figure: Double?
    /// The rule's unit, for writing `figure`.
    public var unit: String

    public init(rating: Int, label: String, figure: Double?, unit: String) {
        self.rating = rating
        self.label = label
        self.figure = figure
        self.unit = unit
    }

    /// The threshold of `framework`: the upper half of its scale, with the band where it starts.
    public init(framework: Framework) {
        let values = Set(framework.scale.map(\.value)).sorted()
        // For an odd scale (1–5) the middle rating goes to the lower half: well developed is above it.
        let rating = values.isEmpty ? 3 : values[min((values.count + 1) / 2, values.count - 1)]
        let band = framework.rule.bands.first { $0.rating == rating }
        self.init(rating: rating, label: framework.label(for: rating), figure: band?.from, unit: framework.rule.unit)
    }

    /// Where a rating places an area, or nil when it has no headline rating.
    public func place(_ rating: Rating) -> AreaDevelopment? {
        guard let value = rating.value else { return nil }
        return value >= self.rating ? .wellDeveloped : .furtherDevelopment
    }

    /// "rated 3 (Meets) or higher, an assessed figure of at least 80%".
    public var rule: String {
        let figure = figure.map { ", an assessed figure of at least \(ScoringRule.text($0, unit: unit))" } ?? ""
        return "rated \(rating) (\(label)) or higher\(figure)"
    }
}
