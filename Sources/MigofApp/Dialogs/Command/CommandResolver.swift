import MigofCore

/// Turns a typed `:` line into what it asks for, or into a message that says why not, with
/// "did you mean …" when something close exists. Pure, so tests run it without an app.
struct CommandResolver: Sendable {
    /// What a line asks for.
    enum Outcome: Sendable {
        /// A key's action, so `:w` and `s` take the same way.
        case action(Action)
        case effect(Effect)
        /// Switches to the theme at this index of the app's themes.
        case theme(Int)
        case failure(String)
    }

    let document: Document
    /// The app's theme names, in cycling order.
    let themes: [String]

    var commands: [Command] { Command.available(document) }
    var areaIDs: [String] { document.framework.areas.map(\.id) }

    /// The line's words, without the leading `:` some people type twice.
    static func words(_ line: String) -> [String] {
        var text = Substring(line)
        while text.first == ":" { text = text.dropFirst() }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// What `line` asks for; nil for an empty line (the prompt just closes).
    func resolve(_ line: String) -> Outcome? {
        let words = Self.words(line)
        guard let head = words.first else { return nil }
        let arguments = Array(words.dropFirst())
        if let command = commands.first(where: { $0.name == head.lowercased() }) {
            return run(command, arguments)
        }
        if arguments.isEmpty, let index = areaIDs.firstIndex(where: { $0.lowercased() == head.lowercased() }) {
            return .action(.area(index))
        }
        let query = words.joined(separator: " ")
        if let code = country(query) {
            return .effect(.push(.profile(ProfileModel(code: code))))
        }
        return .failure("unknown command '\(query)'" + didYouMean(head))
    }

    private func run(_ command: Command, _ arguments: [String]) -> Outcome {
        switch command.kind {
        case .screen("home"): return .action(.home)
        case .screen("help"): return .action(.help)
        case .screen("browser"): return .action(.browser)
        case .screen(let name): return .action(.show(name))
        case .year: return year(arguments)
        case .theme: return theme(arguments)
        case .compare: return compare(arguments)
        case .filter:
            guard !arguments.isEmpty, !["off", "clear", "none"].contains(arguments.joined().lowercased()) else {
                return .effect(.filterBrowser(nil))
            }
            do {
                return .effect(.filterBrowser(try RatingFilter.parse(arguments.joined(separator: " "), framework: document.framework)))
            } catch {
                return .failure(error.description)
            }
        case .save: return .action(.save)
        case .quit: return .action(.quit)
        case .saveAndQuit: return .effect(.all([.save, .quitIfSaved(0)]))
        }
    }

    private func year(_ arguments: [String]) -> Outcome {
        let years = document.years.map(String.init).joined(separator: ", ")
        guard arguments.count == 1, let value = Int(arguments[0]) else { return .failure("usage: :year YEAR (years with data: \(years))") }
        guard document.years.contains(value) else { return .failure("no data for \(value); years with data: \(years)") }
        return .effect(.all([.setYear(value), .message("year \(value)")]))
    }

    private func theme(_ arguments: [String]) -> Outcome {
        let names = themes.joined(separator: ", ")
        guard arguments.count == 1 else { return .failure("usage: :theme NAME (themes: \(names))") }
        let wanted = arguments[0].lowercased()
        if let index = themes.firstIndex(where: { $0.lowercased() == wanted }) { return .theme(index) }
        return .failure("no theme '\(arguments[0])'" + Self.suggestion(wanted, among: themes, fallback: "themes: \(names)"))
    }

    private func compare(_ arguments: [String]) -> Outcome {
        guard arguments.count == 2 else { return .failure("usage: :compare A B, two country names or ISO codes") }
        var codes: [String] = []
        for word in arguments {
            guard let code = country(word) else { return .failure("no country matches '\(word)'") }
            codes.append(code)
        }
        guard let state = CompareState.start(codes[0], codes[1], document: document) else {
            return .failure("cannot compare \(codes[0]) with \(codes[1])")
        }
        return .effect(.push(.compare(state)))
    }

    /// The best country whose ISO code is `text` or whose name starts with it. A name that
    /// only contains it does not count, so a typo of a command never opens a country.
    func country(_ text: String) -> String? {
        let query = CountryIndex.normalized(text)
        return document.countries.matches(query).first { code in
            guard let country = document.store.countries[code] else { return false }
            return (CountryIndex.rank(CountryIndex.keys(country), query: query) ?? 2) <= 1
        }
    }

    /// " (did you mean map?)" for the nearest command or area id, or "" when nothing is near.
    func didYouMean(_ word: String) -> String {
        Self.suggestion(word.lowercased(), among: commands.map(\.name) + areaIDs, fallback: "Tab completes, :help lists the commands")
    }

    /// The nearest of `names` to `word` within a small edit distance, as "; did you mean …?".
    static func suggestion(_ word: String, among names: [String], fallback: String) -> String {
        // One slip in a short word, two in a longer one.
        let limit = word.count < 5 ? 1 : 2
        let scored = names.map { (name: $0, distance: EditDistance.between(word, $0.lowercased())) }
            .filter { $0.distance <= limit || (!word.isEmpty && $0.name.lowercased().hasPrefix(word)) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        guard !scored.isEmpty else { return "; \(fallback)" }
        return "; did you mean " + scored.prefix(3).map { ":\($0.name)" }.joined(separator: " or ") + "?"
    }
}
