import MigofWidgets

extension Keymap {
    /// The keys that mean the same on every screen; a screen's own binding for a key wins.
    static let globalBindings: [KeyBinding] = [
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
        KeyBinding([.enter], .open, .global, help: "Open the selection", hint: "open", priority: 2),
        KeyBinding([.escape], .back, .global, help: "Back (close help, cancel search)", hint: "back", priority: 3),
        KeyBinding([.char("/")], .search, .global, help: "Search countries by name (accents ignored) or ISO code", hint: "search", priority: 3),
        KeyBinding([.char("[")], .previousYear, .global, help: "Previous year", hint: "year", hintKey: "[ ]", priority: 3),
        KeyBinding([.char("]")], .nextYear, .global, help: "Next year"),
        KeyBinding((1...6).map { .char(Character(String($0))) }, .area(0), .global, keyLabel: "1-6",
                   help: "Open area P1…O3 where digits do not answer (else < >)", hint: "areas"),
        KeyBinding([.char("H")], .home, .global, help: "Home: the six areas"),
        KeyBinding([.char("b")], .browser, .global, help: "Country browser", hint: "countries", priority: 3),
        KeyBinding([.char("M")], .show(MapModel.name), .global, help: "World tile map"),
        KeyBinding([.char("t")], .cycleTheme, .global, help: "Next colour theme", hint: "theme", priority: 6),
        KeyBinding([.char("u")], .undo, .global, help: "Undo the last change", hint: "undo"),
        KeyBinding([.ctrl("r")], .redo, .global, help: "Redo"),
        KeyBinding([.char("s"), .ctrl("s")], .save, .global, help: "Save the store (atomic, with audit entries)", hint: "save", priority: 3),
        KeyBinding([.char("A")], .addCountry, .global, help: "Add a country from the ISO catalogue"),
        KeyBinding([.char("y")], .copy, .global, help: "Copy a row, profile or comparison as Markdown"),
        KeyBinding([.char(":")], .commandLine, .global, help: "Command prompt (Tab completes, :help lists them)"),
        KeyBinding([.char("!")], .show(ConflictsModel.name), .global, help: "Merge conflicts: list them and resolve each"),
        KeyBinding([.char("?")], .help, .global, help: "Show or hide this help"),
        KeyBinding([.char("q")], .quit, .global, help: "Quit (asks first when there are unsaved edits)", hint: "quit", priority: 3),
        KeyBinding([.ctrl("c")], .interrupt, .global, help: "Quit with status 130 (asks first if edits are unsaved)"),
    ]
}
