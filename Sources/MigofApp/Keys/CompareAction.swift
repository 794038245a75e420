/// What the comparison keys ask for; one `Action` case carries them, so the keymap stays one list.
public enum CompareAction: Hashable, Sendable {
    /// `c`: compare from the browser's marks or the current country (asks for the second one).
    case start
    /// Space in the browser: mark or unmark the selected country.
    case mark
    /// `x`: exchange sides A and B.
    case swap
    /// `C`: choose a different country for side B.
    case pickB
    /// `d`: list only the indicators whose scores differ.
    case onlyDiffering
    /// Steps one side's year through that country's years.
    case year(CompareState.Side, Int)
}
