import MigofWidgets

/// The screens of the dashboard, each carrying its own model; the app keeps a stack of them
/// so Esc goes back to the previous one exactly as it was.
///
/// Adding a screen: a case here, its lines in `Screen+Dispatch.swift`, and the binding that
/// opens it. Everything else lives in its folder under `Screens/`.
enum Screen: Sendable {
    case home(HomeModel)
    case area(AreaModel)
    case browser(BrowserModel)
    case profile(ProfileModel)
    case compare(CompareState)
    case map(MapModel)
    case rounds(RoundsModel)
    case review(ReviewModel)
    case conflicts(ConflictsModel)

    /// Which screen this is, for tests and for "is it already on top".
    enum ID: Hashable, Sendable {
        case home, browser, map, conflicts
        case rounds, review
        case area(String)
        case profile(String)
        case compare(a: String, b: String)
    }

    var id: ID {
        switch self {
        case .home: .home
        case .area(let model): .area(model.id)
        case .browser: .browser
        case .profile(let model): .profile(model.code)
        case .compare(let state): .compare(a: state.a, b: state.b)
        case .map: .map
        case .rounds: .rounds
        case .review: .review
        case .conflicts: .conflicts
        }
    }

    /// Where its key bindings live in the keymap.
    var context: Context {
        switch self {
        case .home: .home
        case .area: .area
        case .browser: .browser
        case .profile: .profile
        case .compare: .compare
        case .map: .map
        case .rounds: .rounds
        case .review: .review
        case .conflicts: .conflicts
        }
    }
}
