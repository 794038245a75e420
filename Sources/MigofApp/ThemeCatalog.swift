import Foundation
import MigofWidgets

/// Finds the bundled and user themes and picks the one to start with.
///
/// Each file is judged on its own: a broken file leaves only its own theme out of the `t`
/// cycle (a broken user copy of a bundled theme gives way to the bundled one), and only the
/// starting theme's problems are shown, naming its own file.
public struct ThemeCatalog: Sendable {
    /// Bundled themes in cycling order; user themes follow, by name.
    public static let bundledOrder = ["dark", "light", "high-contrast", "monochrome", "colorblind", "colorblind-light"]

    /// Themes in cycling order, the starting one first.
    public var themes: [Theme]
    /// Problems of the starting theme to show on screen: its unknown keys, its broken file,
    /// or an unknown `--theme`.
    public var messages: [String]

    /// Loads every theme in `directories` (earlier folders win on equal names) and
    /// starts with `requested`, else `MIGOF_THEME`, else monochrome under `NO_COLOR`, else dark.
    public init(directories: [String], requested: String?, environment: [String: String]) {
        var loaded: [String: Theme] = [:]
        var warnings: [String: String] = [:]
        var problems: [String: [String]] = [:]
        for (name, urls) in ThemeLoader.candidates(in: directories.map { URL(fileURLWithPath: $0) }) {
            for url in urls {
                do {
                    let result = try ThemeLoader.load(from: url)
                    var theme = result.theme
                    theme.name = name
                    loaded[name] = theme
                    warnings[name] = result.warning
                    break
                } catch {
                    problems[name, default: []].append("\(error)")
                }
            }
        }
        if loaded["dark"] == nil { loaded["dark"] = Theme.builtinDark }
        let order = Self.bundledOrder.filter { loaded[$0] != nil }
            + loaded.keys.filter { !Self.bundledOrder.contains($0) }.sorted()
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let wanted = requested ?? environment["MIGOF_THEME"].flatMap { $0.isEmpty ? nil : $0 }
        var start = wanted ?? (noColor && loaded["monochrome"] != nil ? "monochrome" : "dark")
        var messages: [String] = []
        if loaded[start] == nil {
            let fallback = "dark"
            if let own = problems[start] {
                messages = own.map { "\($0); using the \(fallback) theme instead" }
            } else {
                messages = ["unknown theme '\(start)'; themes: \(order.joined(separator: ", "))"]
            }
            start = fallback
        } else {
            messages = (problems[start] ?? []).map { "\($0); using the bundled \(start) theme instead" }
            if let warning = warnings[start] { messages.append(warning) }
        }
        let index = order.firstIndex(of: start) ?? 0
        themes = (order[index...] + order[..<index]).map { loaded[$0]! }
        self.messages = messages
    }
}
