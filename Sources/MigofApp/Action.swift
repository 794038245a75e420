/// Everything a key can ask the app to do. Keys map to actions only through `Keymap`.
public enum Action: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown, top, bottom
    case nextFocus, previousFocus
    case open, back
    case search, help, quit
    case previousYear, nextYear
    case area(Int)
    case home, browser
    case nextSort, previousSort, nextRegion, clearRegion
    case cycleTheme
    case compare(CompareAction)
}
