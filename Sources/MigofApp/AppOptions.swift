import MigofCore
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
    /// The lock, journal and save of the store; nil edits in memory only (tests).
    public var session: EditingSession?
    /// Edits a crashed session left in the journal, offered for recovery on start.
    public var pendingJournal: Journal.Contents?
    /// The ISO catalogue, for adding countries.
    public var catalog: CountryCatalog?
    /// Key bindings from the config file, in the file's order; `Keymap.rebound` applies them
    /// and says what it refused.
    public var keys: [KeyRebinding]
    /// Move to the next unanswered indicator after a digit answers one (config `auto-advance`,
    /// on unless switched off).
    public var autoAdvance: Bool
    /// Whether the terminal reports the mouse (config `mouse`, `--no-mouse`); the backend is
    /// set up from it, and the app knows so that hints can leave out clicks.
    public var mouse: Bool
    /// The screen to open when no deep link (`--country`, `--area`, `--compare`) names one.
    public var startScreen: ConfigFile.StartScreen
    /// Why this terminal is known not to accept OSC 52 (the Linux console), or nil; `y` still
    /// sends the copy and says so.
    public var clipboardProblem: String?
    /// The folder the report key (`w`) writes into (config `report-dir`, see `Settings.reportDir`);
    /// nil writes no report (headless runs and tests, whose random keys must not write files).
    public var reportFolder: String?
    /// What the decoder worked out as it read the store (`Workspace.headlines`), which spares
    /// the start a pass over every entity; nil: the dashboard reads the store itself.
    public var headlines: StoreHeadlines?

    public init(country: String? = nil, area: String? = nil, year: Int? = nil,
                themes: [Theme] = [Theme.builtinDark], glyphs: Glyphs = .unicode, message: String? = nil,
                session: EditingSession? = nil, pendingJournal: Journal.Contents? = nil, catalog: CountryCatalog? = nil,
                keys: [KeyRebinding] = [], autoAdvance: Bool = true, mouse: Bool = true,
                startScreen: ConfigFile.StartScreen = .home, clipboardProblem: String? = nil,
                reportFolder: String? = nil, headlines: StoreHeadlines? = nil) {
        self.country = country
        self.area = area
        self.year = year
        self.themes = themes.isEmpty ? [Theme.builtinDark] : themes
        self.glyphs = glyphs
        self.message = message
        self.session = session
        self.pendingJournal = pendingJournal
        self.catalog = catalog
        self.keys = keys
        self.autoAdvance = autoAdvance
        self.mouse = mouse
        self.startScreen = startScreen
        self.clipboardProblem = clipboardProblem
        self.reportFolder = reportFolder
        self.headlines = headlines
    }
}
