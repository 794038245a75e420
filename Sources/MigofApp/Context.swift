/// Where a key binding applies: everywhere, or on one screen.
public enum Context: String, Hashable, Sendable, CaseIterable {
    case global = "Everywhere"
    case home = "Home"
    case area = "Area panel"
    case browser = "Country browser"
    case profile = "Country profile"
    case compare = "Comparison"
}
