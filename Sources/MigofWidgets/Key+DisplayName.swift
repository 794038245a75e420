extension Key {
    /// A short name for help screens and status hints, e.g. "↑", "Enter",
    /// "Esc", "S-Tab", "C-r", "PgDn", "F5", "Space".
    public var displayName: String {
        displayName(glyphs: .unicode)
    }

    /// Like ``displayName`` but arrows come from `glyphs`, so hints stay
    /// legible in a terminal without Unicode.
    public func displayName(glyphs: Glyphs) -> String {
        switch self {
        case .char(" "): "Space"
        case .char(let character): String(character)
        case .up: glyphs.arrowUpKey
        case .down: glyphs.arrowDownKey
        case .left: glyphs.arrowLeftKey
        case .right: glyphs.arrowRightKey
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .ctrl(let character): "C-\(character)"
        case .function(let number): "F\(number)"
        }
    }
}

private extension Glyphs {
    // The triangle arrows suit charts; thin arrows are the usual key symbols.
    var arrowUpKey: String { isUnicode ? "↑" : "Up" }
    var arrowDownKey: String { isUnicode ? "↓" : "Down" }
    var arrowLeftKey: String { isUnicode ? "←" : "Left" }
    var arrowRightKey: String { isUnicode ? "→" : "Right" }
}
