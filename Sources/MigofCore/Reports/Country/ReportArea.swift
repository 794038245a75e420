/// One area of a profile report: its figures, where it is placed, and its indicators.
public struct ReportArea: Sendable, Equatable {
    public var area: Area
    public var figures: ReportFigures
    /// Nil when the area has no headline rating (unrated, or a partial assessment only).
    public var development: AreaDevelopment?
    public var indicators: [ReportIndicator]

    public init(area: Area, figures: ReportFigures, development: AreaDevelopment?, indicators: [ReportIndicator]) {
        self.area = area
        self.figures = figures
        self.development = development
        self.indicators = indicators
    }

    /// "P1 Migrants' rights".
    public var title: String { "\(area.id) \(area.title)" }
}
