import MigofWidgets

/// The area panel's state: which of its two panels has focus, and each panel's selection.
struct AreaState: Sendable {
    enum Focus: Sendable { case indicators, countries }
    var focus: Focus = .countries
    var indicators = ListState()
    var countries = ListState()
}
