import Foundation
import MigofWidgets

/// Finds the bundled and user themes and picks the one to start with.
public struct ThemeCatalog: Sendable {
    /// Bundled themes in cycling order; user themes follow, by name.
    public static let bundledOrder = ["dark", "light", "high-contrast", "monochrome", "colorblind"]

    /// Themes in cycling order, the starting one first.
    public var themes: [Theme]
    /// Problems to show on screen: unknown keys, broken files, an unknown `--theme`.
    public var messages: [String]

    /// Loads every theme in `directories` (earlier folders win on equal names) and
    /// starts with `requested`, else `MIGOF_THEME`, else monochrome under `NO_COLOR`, else dark.
    public init(directories: [String], requested: String?, environment: [String: String]) {
        var messages: [String] = []
        let found = ThemeLoader.discover(in: directories.map { URL(fileURLWithPath: $0) })
        var loaded: [String: Theme] = [:]
        for (name, url) in found {
            do {
                let result = try ThemeLoader.load(from: url)
                var theme = result.theme
                theme.name = name
                loaded[name] = theme
                if let warning = result.warning { messages.append(warning) }
            } catch {
                messages.append("\(error); using the default theme instead")
            }
        }
        if loaded["dark"] == nil { loaded["dark"] = Theme.builtinDark }
        let order = Self.bundledOrder.filter { loaded[$0] != nil }
            + loaded.keys.filter { !Self.bundledOrder.contains($0) }.sorted()
        var start = "dark"
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let wanted = requested ?? environment["MIGOF_THEME"].flatMap { $0.isEmpty ? nil : $0 }
        if let wanted {
            if loaded[wanted] != nil {
                start = wanted
            } else {
                messages.append("unknown theme '\(wanted)'; themes: \(order.joined(separator: ", "))")
            }
        } else if noColor, loaded["monochrome"] != nil {
            start = "monochrome"
        }
        let index = order.firstIndex(of: start) ?? 0
        themes = (order[index...] + order[..<index]).map { loaded[$0]! }
        self.messages = messages
    }
}
