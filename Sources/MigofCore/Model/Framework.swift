/// The governance framework: the areas in order, their indicators with their answer options,
/// the rating scale, and the rule that turns answers into ratings.
///
/// All of it lives in a framework file rather than in code, so that an organisation can load
/// its own framework (`--framework PATH`) without rebuilding migof, and so that the bundled
/// frameworks (SDG 10.7.2 and the MGI topics) run through one generic rule.
public struct Framework: Sendable, Equatable {
    /// A short stable id, `sdg-10-7-2`; stores record it with the version.
    public var id: String
    public var version: Int
    public var name: String
    public var scale: [RatingLevel]
    public var rule: ScoringRule
    public var areas: [Area]

    public init(id: String, version: Int, name: String, scale: [RatingLevel], rule: ScoringRule, areas: [Area]) {
        self.id = id
        self.version = version
        self.name = name
        self.scale = scale
        self.rule = rule
        self.areas = areas
        indicatorArea = [:]
        indicatorPosition = [:]
        var position = 0
        for area in areas {
            for indicator in area.indicators {
                indicatorArea[indicator.id] = area.id
                indicatorPosition[indicator.id] = position
                position += 1
            }
        }
    }

    /// A framework with no areas: writes answers as their ordinals, for output made without one.
    static let empty = Framework(id: "none", version: 1, name: "", scale: [],
                                 rule: ScoringRule(factor: 1, bands: [], overall: .areas), areas: [])

    /// Maps every indicator id to its area id; built once because lookups happen per key press.
    private var indicatorArea: [String: String]
    /// Maps every indicator id to its position in framework order.
    private var indicatorPosition: [String: Int]

    /// What a store scored with this framework records.
    public var ref: FrameworkRef { FrameworkRef(id: id, version: version) }

    /// The lowest and highest rating on the scale (published and assessed ratings).
    public var scoreRange: ClosedRange<Int> {
        (scale.map(\.value).min() ?? 1)...(scale.map(\.value).max() ?? 4)
    }

    public func area(_ id: String) -> Area? {
        areas.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    public func area(domain: Int) -> Area? {
        areas.first { $0.domain == domain }
    }

    /// The area that owns an indicator, or nil when the framework does not know the id.
    public func areaID(ofIndicator id: String) -> String? {
        indicatorArea[id]
    }

    /// The position of an indicator in framework order (`indicatorIDs`), or nil.
    public func position(ofIndicator id: String) -> Int? {
        indicatorPosition[id]
    }

    public func indicator(_ id: String) -> Indicator? {
        guard let areaID = indicatorArea[id], let area = area(areaID) else { return nil }
        return area.indicators.first { $0.id == id }
    }

    /// Every indicator id in framework order.
    public var indicatorIDs: [String] {
        areas.flatMap { $0.indicators.map(\.id) }
    }

    /// Every indicator in framework order.
    public var indicators: [Indicator] {
        areas.flatMap(\.indicators)
    }

    /// The scale label for a rating, or "Not rated" for an area or country with none (an
    /// unanswered indicator is "unscored", a different thing).
    public func label(for value: Int?) -> String {
        guard let value, let level = scale.first(where: { $0.value == value }) else { return "Not rated" }
        return level.label
    }

    public func shortLabel(for value: Int?) -> String {
        guard let value, let level = scale.first(where: { $0.value == value }) else { return "Not rated" }
        return level.shortLabel
    }
}
