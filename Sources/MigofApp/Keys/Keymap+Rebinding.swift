import MigofWidgets

extension Keymap {
    /// The keymap with the config file's `keys` table applied: each action named there gets
    /// exactly the keys listed, in every screen and dialog where it has a binding, and help,
    /// the footer and the key handling follow. A rebinding is refused, with a message naming
    /// both, when one of its keys is already another action's key in the same scope (a screen's
    /// own key may still shadow an "everywhere" one, as the standard keymap does). `rebindings`
    /// come in the file's order; a later one loses a collision between two of them.
    public func rebound(_ rebindings: [KeyRebinding]) -> (keymap: Keymap, problems: [String]) {
        var problems: [String] = []
        var wanted: [(name: String, keys: [Key], place: String?)] = []
        let names = Set(bindings.map(\.action.name))
        for rebinding in rebindings {
            let name = rebinding.action, prefix = rebinding.place.map { $0 + ": " } ?? ""
            guard names.contains(name) else {
                problems.append(prefix + "keys.\(name): no action has that name (the key table in the README lists them); binding ignored")
                continue
            }
            var keys: [Key] = []
            for text in rebinding.keys {
                guard let sequence = Key.sequence(text) else { continue } // reported with its line by the caller
                guard sequence.count == 1 else {
                    problems.append(prefix + "keys.\(name): '\(text)' is a sequence of keys; the dashboard binds single keys only, so it is ignored")
                    continue
                }
                if !keys.contains(sequence[0]) { keys.append(sequence[0]) }
            }
            if keys.isEmpty { continue }
            wanted.removeAll { $0.name == name }
            wanted.append((name, keys, rebinding.place))
        }
        // Refuse the latest colliding rebinding until none collides: taking one back restores its
        // old keys, which may collide with a rebinding that took them, so look again.
        while true {
            let candidate = applying(wanted.map { ($0.name, $0.keys) })
            guard let (loser, message) = candidate.firstCollision(among: wanted.map(\.name), original: self) else {
                return (candidate, problems)
            }
            let place = wanted.first { $0.name == loser }?.place
            problems.append((place.map { $0 + ": " } ?? "") + message)
            wanted.removeAll { $0.name == loser }
        }
    }

    private func applying(_ wanted: [(name: String, keys: [Key])]) -> Keymap {
        var copy = self
        for (name, keys) in wanted {
            for index in copy.bindings.indices where copy.bindings[index].action.name == name {
                copy.bindings[index].keys = keys
                copy.bindings[index].keyLabel = keys.map(\.displayName).joined(separator: " ")
                copy.bindings[index].hintKey = nil
            }
        }
        return copy
    }

    /// The latest rebound action (by its place in `rebound`) one of whose keys another action
    /// holds in the same scope, with the message that names both.
    private func firstCollision(among rebound: [String], original: Keymap) -> (String, String)? {
        for name in rebound.reversed() {
            for binding in bindings where binding.action.name == name {
                for other in bindings where other.context == binding.context && other.action.name != name {
                    guard let key = binding.keys.first(where: other.keys.contains) else { continue }
                    let kept = original.bindings.first { $0.action.name == name }?.keyLabel ?? ""
                    return (name, "keys.\(name): '\(key.displayName)' is already the key of \(other.action.name) "
                        + "(\(other.context.rawValue): \(other.help)); \(name) keeps \(kept)")
                }
            }
        }
        return nil
    }
}
