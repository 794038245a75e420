import MigofWidgets

extension CompareState {
    /// The compare screen's keys.
    static let bindings: [KeyBinding] = [
        KeyBinding([.char("x")], .compare(.swap), .compare, help: "Swap sides A and B", hint: "swap"),
        KeyBinding([.char("[")], .compare(.year(.a, -1)), .compare, help: "Side A: previous year", hint: "A year", hintKey: "[ ]"),
        KeyBinding([.char("]")], .compare(.year(.a, 1)), .compare, help: "Side A: next year"),
        KeyBinding([.char("{")], .compare(.year(.b, -1)), .compare, help: "Side B: previous year", hint: "B year", hintKey: "{ }"),
        KeyBinding([.char("}")], .compare(.year(.b, 1)), .compare, help: "Side B: next year"),
        KeyBinding((1...9).map { .char(Character(String($0))) }, .score(0), .compare, keyLabel: "1-9",
                   help: "Answer on the focused side: digit n picks option n", hint: "score"),
        KeyBinding([.char("0")], .clearScore, .compare, help: "Clear the answer on the focused side"),
        KeyBinding([.char("+"), .char("=")], .stepScore(1), .compare, help: "Next option (never wraps)"),
        KeyBinding([.char("-")], .stepScore(-1), .compare, help: "Previous option (never wraps; nothing when unanswered)"),
        KeyBinding([.char("n")], .editNote, .compare, help: "Edit the indicator's note on the focused side"),
        KeyBinding([.char("C")], .compare(.pickB), .compare, help: "Choose a different country for side B", hint: "new B"),
        KeyBinding([.enter], .open, .compare, help: "Expand or collapse the area's indicators on both sides", hint: "expand"),
        KeyBinding([.char("d")], .compare(.onlyDiffering), .compare, help: "Show only the indicators that differ, or all again",
                   hint: "differing"),
        KeyBinding([.char(">")], .stepArea(1), .compare, help: "Jump to the next area (digits answer here)", hint: "area",
                   hintKey: "< >", priority: 3),
        KeyBinding([.char("<")], .stepArea(-1), .compare, help: "Jump to the previous area"),
        KeyBinding([.left, .char("h")], .left, .compare, help: "Focus side A"),
        KeyBinding([.right, .char("l")], .right, .compare, help: "Focus side B"),
        KeyBinding([.tab], .nextFocus, .compare, help: "Focus the other side"),
        KeyBinding([.backTab], .previousFocus, .compare, help: "Focus the other side"),
        KeyBinding([.char("w")], .writeReport, .compare, help: "Write both profiles as one report (Markdown, HTML)"),
    ]
}

extension Context {
    public static let compare = Context("Comparison")
}
