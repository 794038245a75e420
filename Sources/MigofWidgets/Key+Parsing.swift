extension Key {
    /// Reads a key as the config file and help write it: one character (`q`, `Z`, `/`), a
    /// control key (`C-s`), or a name (`Enter`, `Esc`, `Tab`, `S-Tab`, `Space`, `Bksp`, `Del`,
    /// `Ins`, `Home`, `End`, `PgUp`, `PgDn`, `Up`, `Down`, `Left`, `Right`, the arrows `↑ ↓ ← →`,
    /// `F1`…`F24`). Names ignore case; nil for anything else.
    public init?(name: String) {
        if name.count == 1, let character = name.first, !character.isWhitespace {
            switch character {
            case "↑": self = .up
            case "↓": self = .down
            case "←": self = .left
            case "→": self = .right
            default: self = .char(character)
            }
            return
        }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let letter = lower.last, letter.isASCII, letter.isLetter {
            self = .ctrl(letter)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            self = .function(number)
            return
        }
        guard let named = Self.names[lower] else { return nil }
        self = named
    }

    /// A binding's keys: one key, or several separated by spaces pressed in turn (`Z Z`).
    /// nil when any part is not a key.
    public static func sequence(_ text: String) -> [Key]? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return nil }
        var keys: [Key] = []
        for part in parts {
            guard let key = Key(name: String(part)) else { return nil }
            keys.append(key)
        }
        return keys
    }

    private static let names: [String: Key] = [
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "s-tab": .backTab,
        "backtab": .backTab, "space": .char(" "), "bksp": .backspace, "backspace": .backspace, "del": .delete,
        "delete": .delete, "ins": .insert, "insert": .insert, "home": .home, "end": .end, "pgup": .pageUp,
        "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "up": .up, "down": .down, "left": .left,
        "right": .right,
    ]
}
