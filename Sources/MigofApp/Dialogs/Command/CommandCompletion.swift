import MigofCore

/// What Tab offers for the word being typed at the `:` prompt: command names, area ids and
/// countries for the first word; years, themes or countries for a command's argument.
struct CommandCompletion: Sendable, Hashable {
    /// The text that replaces the word, and how the list of choices shows it.
    struct Candidate: Sendable, Hashable {
        let text: String
        let label: String
    }

    /// Candidates for the last word of `line` (the empty word after a trailing space).
    static func candidates(_ line: String, resolver: CommandResolver) -> [Candidate] {
        let words = CommandResolver.words(line)
        let startsNewWord = line.last == " " || words.isEmpty
        let word = startsNewWord ? "" : words.last!.lowercased()
        let position = startsNewWord ? words.count : words.count - 1
        guard position > 0 else { return first(word, resolver: resolver) }
        let command = resolver.commands.first { $0.name == words[0].lowercased() }
        switch command?.kind {
        case .year?:
            guard position == 1 else { return [] }
            return resolver.document.years.map(String.init).filter { $0.hasPrefix(word) }.map { Candidate(text: $0, label: $0) }
        case .theme?:
            guard position == 1 else { return [] }
            return resolver.themes.filter { $0.lowercased().hasPrefix(word) }.map { Candidate(text: $0, label: $0) }
        case .compare?:
            return position <= 2 ? countries(word, resolver: resolver) : []
        case .filter?:
            // Columns and basis words; a clause already holding an operator is the user's.
            guard !word.contains(where: { "<>=!≤≥≠".contains($0) }) else { return [] }
            let words = ["overall"] + resolver.document.framework.areas.map(\.id) + ["published", "assessed", "partial", "unrated", "data"]
            return words.filter { $0.lowercased().hasPrefix(word) }.map { Candidate(text: $0, label: $0) }
        default:
            return []
        }
    }

    /// The first word: commands, then area ids, then countries, each starting with `word`.
    private static func first(_ word: String, resolver: CommandResolver) -> [Candidate] {
        let commands = resolver.commands.filter { $0.name.hasPrefix(word) }.map { Candidate(text: $0.name, label: $0.name) }
        let areas = resolver.document.framework.areas.filter { $0.id.lowercased().hasPrefix(word) }
            .map { Candidate(text: $0.id, label: "\($0.id) \($0.title)") }
        return commands + areas + (word.isEmpty ? [] : countries(word, resolver: resolver))
    }

    /// Countries whose ISO code is `word` or whose name starts with it, completed to the code.
    private static func countries(_ word: String, resolver: CommandResolver) -> [Candidate] {
        let store = resolver.document.store
        let query = CountryIndex.normalized(word)
        return resolver.document.countries.matches(query).filter { code in
            guard let country = store.countries[code] else { return false }
            if query.isEmpty { return true }
            return country.iso3.lowercased().hasPrefix(query) || (CountryIndex.rank(CountryIndex.keys(country), query: query) ?? 2) <= 1
        }.map { Candidate(text: $0, label: "\($0) \(store.countries[$0]?.name ?? $0)") }
    }

    /// `line` with its last word replaced by `candidate` and a space after it.
    static func applying(_ candidate: Candidate, to line: String) -> String {
        var text = line
        while let last = text.last, last != " ", last != ":" { text.removeLast() }
        return text + candidate.text + " "
    }
}
