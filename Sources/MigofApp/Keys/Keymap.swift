import MigofWidgets

/// The one keymap. The help overlay, the footer hints and `update` all read it, so what
/// the screen says and what the keys do cannot drift apart.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]

    /// The action bound to `key` on `screen`; a screen binding wins over a global one.
    /// An `.area` binding passes on which of its keys was pressed.
    public func action(for key: Key, in screen: Context) -> Action? {
        guard let binding = bindings.first(where: { $0.context == screen && $0.keys.contains(key) })
            ?? bindings.first(where: { $0.context == .global && $0.keys.contains(key) }) else { return nil }
        if let index = binding.keys.firstIndex(of: key) {
            if case .area = binding.action { return .area(index) }
            if case .score = binding.action { return .score(index) }
        }
        return binding.action
    }

    /// Footer hints for a screen, most important first (by `priority`; its own before the
    /// global ones it does not override at equal priority), so a narrow footer that keeps the
    /// first ones that fit keeps the ones that matter.
    /// `without` leaves out actions that do nothing where the user is (Esc on the first screen).
    public func hints(for screen: Context, without: Set<Action> = []) -> [(key: String, label: String)] {
        let local = bindings.filter { $0.context == screen && !without.contains($0.action) }
        let overridden = Set(local.flatMap(\.keys))
        let global = bindings.filter {
            $0.context == .global && !without.contains($0.action) && !$0.keys.contains(where: overridden.contains)
        }
        let hinted = (local + global).enumerated().filter { $0.element.hint != nil }
        let ordered = hinted.sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
        return ordered.map { (key: $0.element.hintKey ?? $0.element.keyLabel, label: $0.element.hint!) }
    }

    /// Bindings grouped for the help overlay: the screen's own first, then the global ones, then
    /// the other screens', so what works here fits on the first page.
    public func sections(for screen: Context) -> [(context: Context, bindings: [KeyBinding])] {
        var order: [Context] = [screen, .global]
        order += Context.allCases.filter { $0 != screen && $0 != .global }
        if screen == .global { order = Context.allCases }
        return order.compactMap { context in
            let list = bindings.filter { $0.context == context }
            return list.isEmpty ? nil : (context, list)
        }
    }

    /// The action a key has in one dialog: only that dialog's bindings count, so a letter
    /// typed into a search field never reaches a screen or the global keys.
    func dialogAction(for key: Key, in context: Context) -> Action? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.action
    }

    /// migof's keys: the global ones, then each screen's and each dialog's, as each declares them.
    public static let standard = Keymap(bindings: globalBindings + Screen.bindings + Dialog.bindings)
}
