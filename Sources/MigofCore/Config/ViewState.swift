/// The dashboard's last view, remembered across restarts in `$XDG_STATE_HOME/migof/state.json`.
///
/// Every field is optional: a view the next start cannot restore (a country since deleted) is
/// simply skipped by the dashboard.
public struct ViewState: Sendable, Equatable {
    /// The screen: `home`, `area`, `browser`, `profile`, `compare` or `map`.
    public var screen: String?
    /// ISO3 of the country shown (side A of a comparison, the selected row or tile).
    public var country: String?
    /// A comparison's side B and its year.
    public var countryB: String?
    public var yearB: Int?
    /// Area id (P1 … O3).
    public var area: String?
    public var year: Int?
    public var theme: String?
    /// The browser's sort key (`name`, `overall`, `P1` …).
    public var sort: String?
    /// The browser's search text.
    public var filter: String?
    /// The browser's UN region filter.
    public var region: String?

    public init(screen: String? = nil, country: String? = nil, area: String? = nil, year: Int? = nil,
                theme: String? = nil, sort: String? = nil, filter: String? = nil, region: String? = nil,
                countryB: String? = nil, yearB: Int? = nil) {
        self.screen = screen
        self.country = country
        self.area = area
        self.year = year
        self.theme = theme
        self.sort = sort
        self.filter = filter
        self.region = region
        self.countryB = countryB
        self.yearB = yearB
    }
}
