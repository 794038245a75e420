/// Everything a key can ask the app to do. Keys map to actions only through `Keymap`.
public enum Action: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown, top, bottom
    case nextFocus, previousFocus
    case open, back
    case search, help, quit
    /// Ctrl-C: quit with status 130, asking first when there are unsaved edits.
    case interrupt
    case previousYear, nextYear
    case area(Int)
    /// Moves to the previous (-1) or next (1) area, wrapping: the area panel shows it, the
    /// profile and the comparison select its row. A key that never answers, unlike `1-6`.
    case stepArea(Int)
    case home, browser
    case nextSort, previousSort, nextRegion, clearRegion
    /// The browser: flips the order's direction, opens the `:filter` prompt, shows the frequency view.
    case reverseSort, filterPrompt, frequency
    case cycleTheme
    /// Sets the selected indicator to the scale's n-th value (0 = lowest).
    case score(Int)
    case clearScore
    case stepScore(Int)
    case editNote
    case undo, redo, save
    case newYear, copyPreviousYear
    case addCountry, deleteCountry
    case showLog
    /// Opens the `:` command prompt.
    case commandLine
    /// Copies what is selected (a row, a profile summary, a comparison) as Markdown.
    case copy
    /// Writes the profile (or both sides of a comparison) as a report into the report folder.
    case writeReport
    case compare(CompareAction)
    /// A key of the merge conflicts screen.
    case conflict(ConflictAction)
    /// Opens the screen `Screen.make(named:)` builds under this name, so a new screen's
    /// binding needs no action of its own.
    case show(String)
    /// A key of an open dialog.
    case dialog(DialogAction)
}

/// What the keys of the dialogs ask for.
public enum DialogAction: Hashable, Sendable {
    case yes, no
    case saveAndQuit, discardAndQuit, cancel
    case recover, setAside, quitNow
    case close
}
