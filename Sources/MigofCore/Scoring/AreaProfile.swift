/// One area of one country in one year: its rating and its indicators.
public struct AreaProfile: Sendable, Equatable {
    public var area: Area
    public var rating: Rating
    public var indicators: [IndicatorEntry]

    public init(area: Area, rating: Rating, indicators: [IndicatorEntry]) {
        self.area = area
        self.rating = rating
        self.indicators = indicators
    }
}
