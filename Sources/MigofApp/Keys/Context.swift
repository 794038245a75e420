/// Where a key binding applies: everywhere, on one screen, or in one dialog. Dialogs come
/// last, so help lists them after the screens.
public enum Context: String, Hashable, Sendable, CaseIterable {
    case global = "Everywhere"
    case home = "Home"
    case area = "Area panel"
    case browser = "Country browser"
    case profile = "Country profile"
    case compare = "Comparison"
    case helpDialog = "Help"
    case picker = "Country picker"
    case noteEditor = "Note editor"
    case newYear = "New assessment year"
    case confirm = "Confirmation"
    case quitDialog = "Unsaved changes"
    case recover = "Recovery"
    case addCountry = "Add a country"
    case log = "Audit log"
}
