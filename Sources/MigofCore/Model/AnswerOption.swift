/// One possible answer to an indicator, as the framework file lists it: `yes` (1), `no` (0).
///
/// In memory an answer is the option's ordinal (its 1-based position in the indicator's list),
/// which is also the digit key that picks it; on disk it is the option's `value`.
public struct AnswerOption: Sendable, Equatable {
    /// What the answer counts for in the scoring rule, e.g. 1, 0.5 or 0.
    public var value: Double
    /// The full label, "Yes, for all migrants whatever their status".
    public var label: String
    /// A short label for narrow columns and for typing (`migof set CAN 1a legal-only`).
    public var short: String

    public init(value: Double, label: String, short: String) {
        self.value = value
        self.label = label
        self.short = short
    }

    /// The value as the store writes it: `1`, `0.5`, `0` (no trailing `.0`).
    public var valueText: String { AnswerOption.text(of: value) }

    /// A number written the way the store and reports write option values.
    public static func text(of value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
