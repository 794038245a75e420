import MigofWidgets

/// How the dashboard looks and is labelled, as opposed to what it shows.
struct Chrome: Sendable {
    /// Shown in the status bar.
    let storePath: String
    /// The standard keymap with the config file's rebindings applied.
    var keymap = Keymap.standard
    /// Themes in cycling order.
    let themes: [Theme]
    var themeIndex = 0
    let glyphs: Glyphs
    /// Where the report key writes (`AppOptions.reportFolder`); nil: nowhere.
    var reportFolder: String?

    var theme: Theme { themes[themeIndex % themes.count] }
}
