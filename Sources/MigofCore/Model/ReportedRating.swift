/// A published SDG 10.7.2 rating and where it was published.
public struct ReportedRating: Sendable, Equatable {
    /// 1 to 4.
    public var rating: Int
    /// Provenance, for example `owner/repo:path` of the extract it came from.
    public var source: String

    public init(rating: Int, source: String) {
        self.rating = rating
        self.source = source
    }
}
