extension Comparison {
    /// One indicator of an area, scored on both sides.
    public struct IndicatorRow: Sendable, Equatable {
        public var indicator: Indicator
        public var a: IndicatorEntry
        public var b: IndicatorEntry

        /// B's score minus A's; nil when either side is unscored.
        public var delta: Int? {
            guard let left = a.score, let right = b.score else { return nil }
            return right - left
        }

        /// True when the scores differ, including scored on one side only. Notes do not count:
        /// they explain a score, they are not one.
        public var differs: Bool { a.score != b.score }
    }

    /// The indicators of the area at `index` (framework order), side by side.
    public func indicatorRows(area index: Int) -> [IndicatorRow] {
        guard a.areas.indices.contains(index), b.areas.indices.contains(index) else { return [] }
        return zip(a.areas[index].indicators, b.areas[index].indicators).map {
            IndicatorRow(indicator: $0.indicator, a: $0, b: $1)
        }
    }
}
