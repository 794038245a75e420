/// An indicator with its score and note in one assessment.
public struct IndicatorEntry: Sendable, Equatable {
    public var indicator: Indicator
    public var score: Int?
    public var note: String?

    public init(indicator: Indicator, score: Int?, note: String?) {
        self.indicator = indicator
        self.score = score
        self.note = note
    }
}
