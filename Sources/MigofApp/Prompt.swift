import MigofCore
import MigofWidgets

/// A dialog over the screen. While one is open it takes every key.
enum Prompt: Sendable {
    /// Editing the note of one indicator.
    case note(country: String, year: Int, indicator: String, input: TextInput)
    /// Asking for a new assessment year for a country.
    case newYear(country: String, input: TextInput)
    /// A yes/no question before a change.
    case confirm(Confirmation)
    /// Quitting with unsaved changes: save, discard or cancel.
    case quit
    /// Recovering the edits a crashed session left in the journal.
    case recover(Journal.Contents)
    /// Adding a country from the ISO catalogue, with search.
    case addCountry(input: TextInput, list: ListState)
    /// The audit trail of one country.
    case log(country: String, offset: Int)
}

/// What a yes/no prompt would do on yes.
enum Confirmation: Sendable {
    case copyScores(country: String, from: Int, to: Int)
    case deleteCountry(String)
}
