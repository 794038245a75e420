import MigofWidgets

/// How the dashboard looks and is labelled, as opposed to what it shows.
struct Chrome: Sendable {
    /// Shown in the status bar.
    let storePath: String
    let keymap = Keymap.standard
    /// Themes in cycling order.
    let themes: [Theme]
    var themeIndex = 0
    let glyphs: Glyphs

    var theme: Theme { themes[themeIndex % themes.count] }
}
