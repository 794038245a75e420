/// The governance framework: the areas in order, their indicators, and the rating scale.
///
/// The scale lives here rather than in code so that an organisation can load its own
/// framework file (`--framework PATH`) without rebuilding migof.
public struct Framework: Sendable, Equatable {
    public var name: String
    public var scale: [RatingLevel]
    public var areas: [Area]

    public init(name: String, scale: [RatingLevel], areas: [Area]) {
        self.name = name
        self.scale = scale
        self.areas = areas
        indicatorArea = [:]
        for area in areas {
            for indicator in area.indicators { indicatorArea[indicator.id] = area.id }
        }
    }

    /// Maps every indicator id to its area id; built once because lookups happen per key press.
    private var indicatorArea: [String: String]

    /// The lowest and highest score on the scale.
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

    public func indicator(_ id: String) -> Indicator? {
        guard let areaID = indicatorArea[id], let area = area(areaID) else { return nil }
        return area.indicators.first { $0.id == id }
    }

    /// Every indicator id in framework order.
    public var indicatorIDs: [String] {
        areas.flatMap { $0.indicators.map(\.id) }
    }

    /// The scale label for a rating, or "Unscored".
    public func label(for value: Int?) -> String {
        guard let value, let level = scale.first(where: { $0.value == value }) else { return "Unscored" }
        return level.label
    }

    public func shortLabel(for value: Int?) -> String {
        guard let value, let level = scale.first(where: { $0.value == value }) else { return "Unscored" }
        return level.shortLabel
    }
}
