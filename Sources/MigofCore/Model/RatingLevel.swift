/// One step of the rating scale, for example `3 Meets`.
public struct RatingLevel: Sendable, Equatable {
    public var value: Int
    /// The full label, "Requires further progress".
    public var label: String
    /// A label short enough for narrow columns.
    public var shortLabel: String

    public init(value: Int, label: String, shortLabel: String) {
        self.value = value
        self.label = label
        self.shortLabel = shortLabel
    }
}
