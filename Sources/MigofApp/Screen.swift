/// The screens of the dashboard; the app keeps a stack of them so Esc goes back.
public enum Screen: Hashable, Sendable {
    case home
    /// One principle or objective, by area id.
    case area(String)
    case browser
    /// One country, by ISO3.
    case profile(String)
    /// Two countries, or one country in two years, side by side.
    case compare(CompareState)

    var context: Context {
        switch self {
        case .home: return .home
        case .area: return .area
        case .browser: return .browser
        case .profile: return .profile
        case .compare: return .compare
        }
    }
}
