import MigofWidgets

extension Keymap {
    /// What one line of the `keys` table asks for, once read.
    private struct Wanted {
        var name: String
        var keys: [Key]
        var sequences: [[Key]]
        var place: String?
    }

    /// The keymap with the config file's `keys` table applied: each action named there gets
    /// exactly the keys listed, in every screen and dialog where it has a binding, and help,
    /// the footer and the key handling follow. Keys pressed in turn (`"Z Z"`) bind on screens
    /// and everywhere, not in dialogs. A rebinding is refused, with a message naming both,
    /// when one of its keys (or a sequence's first key) is already another action's key in the
    /// same scope (a screen's own key may still shadow an "everywhere" one, as the standard
    /// keymap does). `rebindings` come in the file's order; a later one loses a collision
    /// between two of them.
    public func rebound(_ rebindings: [KeyRebinding]) -> (keymap: Keymap, problems: [String]) {
        var problems: [String] = []
        var wanted: [Wanted] = []
        let names = Set(bindings.map(\.action.name))
        for rebinding in rebindings {
            let name = rebinding.action, prefix = rebinding.place.map { $0 + ": " } ?? ""
            guard names.contains(name) else {
                problems.append(prefix + "keys.\(name): no action has that name (the key table in the README lists them); binding ignored")
                continue
            }
            let onlyDialogs = bindings.allSatisfy { $0.action.name != name || Self.isDialog($0.context) }
            var line = Wanted(name: name, keys: [], sequences: [], place: rebinding.place)
            for text in rebinding.keys {
                guard let sequence = Key.sequence(text) else { continue } // reported with its line by the caller
                if sequence.count == 1 {
                    if !line.keys.contains(sequence[0]) { line.keys.append(sequence[0]) }
                } else if onlyDialogs {
                    problems.append(prefix + "keys.\(name): '\(text)' is a sequence of keys; dialogs take single keys only, so it is ignored")
                } else if !line.sequences.contains(sequence) {
                    line.sequences.append(sequence)
                }
            }
            if line.keys.isEmpty && line.sequences.isEmpty { continue }
            wanted.removeAll { $0.name == name }
            wanted.append(line)
        }
        // Refuse the latest colliding rebinding until none collides: taking one back restores its
        // old keys, which may collide with a rebinding that took them, so look again.
        while true {
            let candidate = applying(wanted)
            guard let (loser, message) = candidate.firstCollision(among: wanted.map(\.name), original: self) else {
                return (candidate, problems)
            }
            let place = wanted.first { $0.name == loser }?.place
            problems.append((place.map { $0 + ": " } ?? "") + message)
            wanted.removeAll { $0.name == loser }
        }
    }

    private func applying(_ wanted: [Wanted]) -> Keymap {
        var copy = self
        for line in wanted {
            for index in copy.bindings.indices where copy.bindings[index].action.name == line.name {
                let dialog = Self.isDialog(copy.bindings[index].context)
                copy.bindings[index].keys = line.keys
                copy.bindings[index].sequences = dialog ? [] : line.sequences
                copy.bindings[index].keyLabel = Self.label(keys: line.keys, sequences: copy.bindings[index].sequences)
                copy.bindings[index].hintKey = nil
            }
        }
        return copy
    }

    /// The latest rebound action (by its place in `rebound`) one of whose keys another action
    /// holds in the same scope, with the message that names both. A sequence collides with
    /// another action's key that is its first key, and with a sequence that begins the same
    /// way or is the start of it, since one of the two could never be typed.
    private func firstCollision(among rebound: [String], original: Keymap) -> (String, String)? {
        for name in rebound.reversed() {
            for binding in bindings where binding.action.name == name {
                for other in bindings where other.context == binding.context && other.action.name != name {
                    guard let text = Self.clash(binding, other) else { continue }
                    let kept = original.bindings.first { $0.action.name == name }?.keyLabel ?? ""
                    return (name, "keys.\(name): \(text) the key of \(other.action.name) "
                        + "(\(other.context.rawValue): \(other.help)); \(name) keeps \(kept)")
                }
            }
        }
        return nil
    }

    /// How `binding`'s keys clash with `other`'s, worded to go before "the key of …".
    private static func clash(_ binding: KeyBinding, _ other: KeyBinding) -> String? {
        if let key = binding.keys.first(where: other.keys.contains) { return "'\(key.displayName)' is already" }
        let label = { (keys: [Key]) in keys.map(\.displayName).joined(separator: " ") }
        for sequence in binding.sequences {
            if other.keys.contains(sequence[0]) { return "'\(label(sequence))' begins with \(sequence[0].displayName), already" }
            for theirs in other.sequences where theirs.starts(with: sequence) || sequence.starts(with: theirs) {
                return "'\(label(sequence))' and '\(label(theirs))' begin alike; '\(label(theirs))' is already"
            }
        }
        if let key = binding.keys.first(where: { key in other.sequences.contains { $0[0] == key } }) {
            return "'\(key.displayName)' begins a sequence that is already"
        }
        return nil
    }
}
