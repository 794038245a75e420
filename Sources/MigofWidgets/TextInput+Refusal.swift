extension TextInput {
    /// Why a typed character was not inserted.
    public enum Refusal: Hashable, Sendable {
        /// The field holds `maxLength` characters already.
        case full
        /// The field takes digits only.
        case notADigit
    }
}
