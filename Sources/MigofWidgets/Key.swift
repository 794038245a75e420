/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character, including non-ASCII text.
    case char(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Enter / Return.
    case enter
    /// Escape, on its own (not as the start of an Alt combination).
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// Control plus a letter, given in lower case: Ctrl-R is `.ctrl("r")`.
    /// Tab, Enter, Backspace and Escape have their own cases instead.
    case ctrl(Character)
    /// Function key F1, F2, ...
    case function(Int)
}
