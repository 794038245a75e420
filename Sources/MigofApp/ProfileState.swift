import MigofWidgets

/// The profile screen's state: which areas are expanded and which row is selected.
struct ProfileState: Sendable {
    var expanded: Set<String> = []
    var list = ListState()
}
