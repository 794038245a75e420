import MigofCore

extension App {
    /// ISO3 codes the country browser shows, in order.
    public var browserRows: [String] { browser.rows }
    /// Index of the selected browser row.
    public var browserSelection: Int { browser.list.selected }
    public var browserSort: CountrySort { browser.sort }
    /// The worked-out profile of a country in the year shown.
    public func profile(_ code: String) -> Profile? { profiles[code] }
}
