/// Where published ratings come from: one entry of the store's `sources` table.
///
/// Screens and text reports show the `citation`; `path` (`owner/repo:path@commit`) is kept for
/// whoever needs to retrace the data, and appears only in JSON output.
public struct Source: Sendable, Equatable {
    /// A short citation a person can use, "UN SDG Global Database, series SG_CPA_MIGRS".
    public var citation: String
    public var publisher: String
    /// The file the figures were read through, `owner/repo:path@commit`.
    public var path: String
    /// The licence the source states, or an empty string when it states none.
    public var licence: String

    public init(citation: String, publisher: String, path: String, licence: String) {
        self.citation = citation
        self.publisher = publisher
        self.path = path
        self.licence = licence
    }
}
