/// One `:` command of the prompt. `Command.table` is the one list: the prompt completes and
/// runs from it, and help lists it, so what help says and what `:` does cannot drift apart.
struct Command: Sendable, Hashable {
    /// What the command does and what it takes after its name.
    enum Kind: Sendable, Hashable {
        /// Opens the screen `Screen.make(named:)` builds under this name (or home, help).
        case screen(String)
        /// Shows a year with data: `:year 2019`.
        case year
        /// Switches to a colour theme by name: `:theme light`.
        case theme
        /// Compares two countries: `:compare CAN DNK`.
        case compare
        /// Filters the browser by rating: `:filter P3<=2`; `:filter` alone clears it.
        case filter
        case save, quit, saveAndQuit
    }

    let name: String
    let kind: Kind
    /// The usage line of help, e.g. ":year 2019".
    let usage: String
    let help: String

    /// Every command, in the order help and completion list them. Area ids (`:P2`) and
    /// countries (`:can`, `:cote`) are not rows: they come from the framework and the store.
    static let table: [Command] = [
        Command(name: "home", kind: .screen("home"), usage: ":home", help: "Home: the six areas"),
        Command(name: "browser", kind: .screen("browser"), usage: ":browser", help: "Country browser"),
        Command(name: "map", kind: .screen("map"), usage: ":map", help: "World tile map"),
        Command(name: "rounds", kind: .screen("rounds"), usage: ":rounds", help: "What moved between two rounds"),
        Command(name: "review", kind: .screen("review"), usage: ":review", help: "Where assessments disagree with the published rating"),
        Command(name: "conflicts", kind: .screen("conflicts"), usage: ":conflicts", help: "Merge conflicts: list them and resolve each"),
        Command(name: "help", kind: .screen("help"), usage: ":help", help: "Show the keys and commands"),
        Command(name: "year", kind: .year, usage: ":year 2019", help: "Show a year with data"),
        Command(name: "theme", kind: .theme, usage: ":theme light", help: "Use a colour theme by name"),
        Command(name: "filter", kind: .filter, usage: ":filter P3<=2",
                help: "Filter the browser: overall=1, partial, data; alone clears"),
        Command(name: "compare", kind: .compare, usage: ":compare CAN DNK", help: "Compare two countries side by side"),
        Command(name: "w", kind: .save, usage: ":w", help: "Save the store"),
        Command(name: "q", kind: .quit, usage: ":q", help: "Quit (asks first when there are unsaved edits)"),
        Command(name: "wq", kind: .saveAndQuit, usage: ":wq", help: "Save, then quit once the save worked"),
    ]

    /// The rows that work with this build: a screen command only when its screen exists
    /// (the map, rounds and review screens are listed before they are built).
    static func available(_ document: Document) -> [Command] {
        table.filter { command in
            guard case .screen(let name) = command.kind, name != "home", name != "help" else { return true }
            return Screen.make(named: name, document: document) != nil
        }
    }

    /// The lines help shows under "Commands (:)": the rows, then the area and country forms.
    static func helpLines(_ commands: [Command], areas: [String]) -> [(key: String, help: String)] {
        var lines = commands.map { (key: $0.usage, help: $0.help) }
        if let first = areas.first, let last = areas.last {
            lines.append((key: ":\(first)", help: "Open an area (\(first) to \(last))"))
        }
        lines.append((key: ":can :cote", help: "Open a country's profile by name or ISO code"))
        lines.append((key: "Tab", help: "Complete the word; Tab again for the next match"))
        return lines
    }
}
