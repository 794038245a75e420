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

    /// Footer hints for a screen: its own first, then the global ones it does not override.
    public func hints(for screen: Context) -> [(key: String, label: String)] {
        let local = bindings.filter { $0.context == screen }
        let overridden = Set(local.flatMap(\.keys))
        let global = bindings.filter { $0.context == .global && !$0.keys.contains(where: overridden.contains) }
        return (local + global).compactMap { binding in
            binding.hint.map { (key: binding.hintKey ?? binding.keyLabel, label: $0) }
        }
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

    /// migof's keys.
    public static let standard = Keymap(bindings: [
        KeyBinding([.up, .char("k")], .up, .global, help: "Move up"),
        KeyBinding([.down, .char("j")], .down, .global, help: "Move down"),
        KeyBinding([.left, .char("h")], .left, .global, help: "Move left"),
        KeyBinding([.right, .char("l")], .right, .global, help: "Move right"),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, .global, help: "Page up"),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, .global, help: "Page down"),
        KeyBinding([.home, .char("g")], .top, .global, help: "First item"),
        KeyBinding([.end, .char("G")], .bottom, .global, help: "Last item"),
        KeyBinding([.tab], .nextFocus, .global, help: "Next panel or tile"),
        KeyBinding([.backTab], .previousFocus, .global, help: "Previous panel or tile"),
        KeyBinding([.enter], .open, .global, help: "Open the selection", hint: "open"),
        KeyBinding([.escape], .back, .global, help: "Back (close help, cancel search)", hint: "back"),
        KeyBinding([.char("/")], .search, .global, help: "Search countries by name (accents ignored) or ISO code", hint: "search"),
        KeyBinding([.char("[")], .previousYear, .global, help: "Previous year", hint: "year", hintKey: "[ ]"),
        KeyBinding([.char("]")], .nextYear, .global, help: "Next year"),
        KeyBinding((1...6).map { .char(Character(String($0))) }, .area(0), .global, keyLabel: "1-6",
                   help: "Open area P1 P2 P3 O1 O2 O3", hint: "areas"),
        KeyBinding([.char("H")], .home, .global, help: "Home: the six areas"),
        KeyBinding([.char("b")], .browser, .global, help: "Country browser", hint: "countries"),
        KeyBinding([.char("t")], .cycleTheme, .global, help: "Next colour theme", hint: "theme"),
        KeyBinding([.char("u")], .undo, .global, help: "Undo the last change", hint: "undo"),
        KeyBinding([.ctrl("r")], .redo, .global, help: "Redo"),
        KeyBinding([.char("s"), .ctrl("s")], .save, .global, help: "Save the store (atomic, with audit entries)", hint: "save"),
        KeyBinding([.char("A")], .addCountry, .global, help: "Add a country from the ISO catalogue"),
        KeyBinding([.char("?")], .help, .global, help: "Show or hide this help"),
        KeyBinding([.char("q"), .ctrl("c")], .quit, .global, help: "Quit", hint: "quit"),
        KeyBinding([.char("o")], .nextSort, .browser, help: "Order by the next column (name, overall, P1…O3)", hint: "order"),
        KeyBinding([.char("O")], .previousSort, .browser, help: "Order by the previous column"),
        KeyBinding([.char("D")], .deleteCountry, .browser, help: "Delete the selected country (asks first; u undoes)"),
        KeyBinding([.char("r")], .nextRegion, .browser, help: "Filter by the next UN region", hint: "region"),
        KeyBinding([.char("R")], .clearRegion, .browser, help: "Show every region"),
        KeyBinding([.tab], .nextFocus, .browser, help: "Move between the search field and the list"),
        KeyBinding([.backTab], .previousFocus, .browser, help: "Move between the search field and the list"),
        KeyBinding([.enter], .open, .profile, help: "Expand or collapse the area's indicators", hint: "expand"),
        KeyBinding((1...4).map { .char(Character(String($0))) }, .score(0), .profile, keyLabel: "1-4",
                   help: "Score the selected indicator", hint: "score"),
        KeyBinding([.char("0"), .char("x")], .clearScore, .profile, help: "Clear the score (unscored)"),
        KeyBinding([.char("+"), .char("=")], .stepScore(1), .profile, help: "Raise the score by one"),
        KeyBinding([.char("-")], .stepScore(-1), .profile, help: "Lower the score by one"),
        KeyBinding([.char("n")], .editNote, .profile, help: "Edit the indicator's note", hint: "note"),
        KeyBinding([.char("Y")], .newYear, .profile, help: "Add an assessment year (a new round)"),
        KeyBinding([.char("P")], .copyPreviousYear, .profile, help: "Copy the previous year's scores here (asks first)"),
        KeyBinding([.char("D")], .deleteCountry, .profile, help: "Delete this country (asks first; u undoes)"),
        KeyBinding([.char("L")], .showLog, .profile, help: "Audit log of this country", hint: "log"),
        KeyBinding([.right, .char("l")], .right, .profile, help: "Expand the area"),
        KeyBinding([.left, .char("h")], .left, .profile, help: "Collapse the area"),
        KeyBinding([.tab], .nextFocus, .profile, help: "Jump to the next area"),
        KeyBinding([.backTab], .previousFocus, .profile, help: "Jump to the previous area"),
        KeyBinding([.tab], .nextFocus, .area, help: "Switch between the indicators and the ranking"),
        KeyBinding([.backTab], .previousFocus, .area, help: "Switch between the indicators and the ranking"),
        KeyBinding([.left, .char("h")], .left, .area, help: "Focus the indicators"),
        KeyBinding([.right, .char("l")], .right, .area, help: "Focus the country ranking"),
        KeyBinding([.enter], .open, .area, help: "Open the selected country's profile", hint: "profile"),
        KeyBinding((1...4).map { .char(Character(String($0))) }, .score(0), .area, keyLabel: "1-4",
                   help: "Score the selected indicator for the selected country", hint: "score"),
        KeyBinding([.char("0"), .char("x")], .clearScore, .area, help: "Clear the score (unscored)"),
        KeyBinding([.char("+"), .char("=")], .stepScore(1), .area, help: "Raise the score by one"),
        KeyBinding([.char("-")], .stepScore(-1), .area, help: "Lower the score by one"),
        KeyBinding([.char("n")], .editNote, .area, help: "Edit the indicator's note", hint: "note"),
        KeyBinding([.enter], .open, .browser, help: "Open the selected country's profile", hint: "profile"),
        KeyBinding([.enter], .open, .home, help: "Open the selected area", hint: "open"),
        // Comparisons: marking and starting in the browser and the profile, then the compare screen.
        KeyBinding([.char(" ")], .compare(.mark), .browser, help: "Mark or unmark for a comparison (two at most)",
                   hint: "mark"),
        KeyBinding([.char("c")], .compare(.start), .browser,
                   help: "Compare the marked countries, or ask for the other", hint: "compare"),
        KeyBinding([.char("c")], .compare(.start), .profile, help: "Compare with another country (type to search)", hint: "compare"),
        KeyBinding([.char("x")], .compare(.swap), .compare, help: "Swap sides A and B", hint: "swap"),
        KeyBinding([.char("[")], .compare(.year(.a, -1)), .compare, help: "Side A: previous year", hint: "A year", hintKey: "[ ]"),
        KeyBinding([.char("]")], .compare(.year(.a, 1)), .compare, help: "Side A: next year"),
        KeyBinding([.char("{")], .compare(.year(.b, -1)), .compare, help: "Side B: previous year", hint: "B year", hintKey: "{ }"),
        KeyBinding([.char("}")], .compare(.year(.b, 1)), .compare, help: "Side B: next year"),
        KeyBinding((1...4).map { .char(Character(String($0))) }, .score(0), .compare, keyLabel: "1-4",
                   help: "Score the selected indicator on the focused side", hint: "score"),
        KeyBinding([.char("0")], .clearScore, .compare, help: "Clear the score on the focused side"),
        KeyBinding([.char("+"), .char("=")], .stepScore(1), .compare, help: "Raise the score by one"),
        KeyBinding([.char("-")], .stepScore(-1), .compare, help: "Lower the score by one"),
        KeyBinding([.char("n")], .editNote, .compare, help: "Edit the indicator's note on the focused side"),
        KeyBinding([.char("C")], .compare(.pickB), .compare, help: "Choose a different country for side B", hint: "new B"),
        KeyBinding([.enter], .open, .compare, help: "Expand or collapse the area's indicators on both sides", hint: "expand"),
        KeyBinding([.char("d")], .compare(.onlyDiffering), .compare, help: "Show only the indicators that differ, or all again",
                   hint: "differing"),
        KeyBinding([.left, .char("h")], .left, .compare, help: "Focus side A"),
        KeyBinding([.right, .char("l")], .right, .compare, help: "Focus side B"),
        KeyBinding([.tab], .nextFocus, .compare, help: "Focus the other side"),
        KeyBinding([.backTab], .previousFocus, .compare, help: "Focus the other side"),
    ])
}
