import MigofWidgets

/// How the dashboard starts: deep links from the shell and the look.
public struct AppOptions: Sendable {
    /// ISO3 of a country profile to open (`--country`).
    public var country: String?
    /// Area id to open (`--area`).
    public var area: String?
    /// Year to show (`--year`); default: the store's latest round.
    public var year: Int?
    /// Themes in cycling order; the first is used at start.
    public var themes: [Theme]
    /// Box and bar characters: Unicode, or ASCII in a non-UTF-8 locale.
    public var glyphs: Glyphs
    /// Shown on the first frame, e.g. a theme file that could not be read.
    public var message: String?

    public init(country: String? = nil, area: String? = nil, year: Int? = nil,
                themes: [Theme] = [Theme.builtinDark], glyphs: Glyphs = .unicode, message: String? = nil) {
        self.country = country
        self.area = area
        self.year = year
        self.themes = themes.isEmpty ? [Theme.builtinDark] : themes
        self.glyphs = glyphs
        self.message = message
    }
}
