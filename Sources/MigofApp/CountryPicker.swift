import MigofWidgets

/// The modal that asks for a country, narrowing the list with each keystroke.
struct CountryPicker: Sendable {
    /// What the chosen country is for.
    enum Purpose: Sendable {
        /// Side B of a new comparison whose side A is this country (ISO3).
        case compareWith(String)
        /// A new side B for the comparison on top of the stack.
        case replaceB
    }

    var purpose: Purpose
    var input = TextInput(maxLength: 60)
    var list = ListState()
    /// ISO3 codes matching the input, best first.
    var matches: [String] = []

    init(purpose: Purpose) {
        self.purpose = purpose
    }
}
