import MigofCore
import MigofWidgets

extension App {
    /// Runs a line typed at the `:` prompt. Commands that a key also has run as that key's
    /// action, so `:w` and `s`, `:q` and `q`, `:P2` and `2` cannot differ.
    mutating func runCommand(_ line: String) {
        let resolver = CommandResolver(document: document, themes: chrome.themes.map(\.name))
        switch resolver.resolve(line) {
        case nil: break
        case .action(.show(let name))?:
            // A screen command is listed only when its screen exists; say so if it went away.
            guard let next = Screen.make(named: name, document: document) else {
                message = "no \(name) screen in this build"
                return
            }
            apply(.push(next))
        case .action(let action)?: perform(action)
        case .effect(let effect)?: apply(effect)
        case .theme(let index)?:
            chrome.themeIndex = index
            message = "theme: \(theme.name)"
        case .failure(let text)?: message = text
        }
    }
}
