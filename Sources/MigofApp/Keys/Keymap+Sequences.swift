import MigofWidgets

/// Keys pressed in turn (`quit = ["q", "Z Z"]`): the keymap says what the keys typed so far
/// mean, and the app keeps them pending until they complete a sequence or are cancelled.
extension Keymap {
    /// What keys typed in turn mean on `screen`.
    public enum SequenceMatch: Equatable, Sendable {
        /// They complete a sequence bound to this action.
        case action(Action)
        /// They begin one or more sequences; `hints` are the keys still to type and what each
        /// does (`Z quit`), for the status line.
        case prefix(hints: [String])
        /// Nothing begins with them.
        case none
    }

    /// The sequence `typed` completes or begins on `screen`: the screen's own bindings first,
    /// then the global ones, as for single keys.
    public func sequence(_ typed: [Key], in screen: Context) -> SequenceMatch {
        for context in screen == .global ? [.global] : [screen, .global] {
            let scoped = bindings.filter { $0.context == context }
            for binding in scoped {
                guard let index = binding.sequences.firstIndex(of: typed) else { continue }
                let position = binding.keys.count + index
                if case .area = binding.action { return .action(.area(position)) }
                if case .score = binding.action { return .action(.score(position)) }
                return .action(binding.action)
            }
            let hints = scoped.flatMap { binding in
                binding.sequences.filter { $0.count > typed.count && Array($0.prefix(typed.count)) == typed }
                    .map { $0.dropFirst(typed.count).map(\.displayName).joined(separator: " ") + " " + binding.action.name }
            }
            if !hints.isEmpty { return .prefix(hints: hints) }
        }
        return .none
    }

    /// The help and footer label of keys and sequences: `q Z Z` would be ambiguous, so with a
    /// sequence the alternatives are set apart, `q / Z Z`.
    static func label(keys: [Key], sequences: [[Key]]) -> String {
        let single = keys.map(\.displayName)
        guard !sequences.isEmpty else { return single.joined(separator: " ") }
        return (single + sequences.map { $0.map(\.displayName).joined(separator: " ") }).joined(separator: " / ")
    }

    /// Whether `context` is a dialog's: dialogs take single keys only, since most of them
    /// type every other key into a text field.
    static func isDialog(_ context: Context) -> Bool {
        context != .global && !Screen.contexts.contains(context)
    }
}
