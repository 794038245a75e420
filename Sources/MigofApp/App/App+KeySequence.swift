import MigofWidgets

/// Keys pressed in turn (`Z Z`): the first ones wait, with a hint on the status line, until
/// the sequence is complete; Esc or a key that continues no sequence cancels it.
extension App {
    /// Adds `key` to the keys pending and acts when they complete a sequence.
    mutating func continueSequence(with key: Key) {
        if !pendingKeys.isEmpty, key == .escape {
            message = pendingKeys.map(\.displayName).joined(separator: " ") + " cancelled"
            pendingKeys = []
            return
        }
        let typed = pendingKeys + [key]
        let shown = typed.map(\.displayName).joined(separator: " ")
        switch chrome.keymap.sequence(typed, in: screen.context) {
        case .action(let action):
            pendingKeys = []
            perform(action)
        case .prefix(let hints):
            pendingKeys = typed
            message = "\(shown) … \(hints.joined(separator: ", ")) (Esc cancels)"
        case .none:
            pendingKeys = []
            message = "\(shown) is not bound; cancelled"
        }
    }
}
