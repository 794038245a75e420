/// A published rating and where it was published.
public struct ReportedRating: Sendable, Equatable {
    /// 1 to 4.
    public var rating: Int
    /// The id of the rating's entry in the store's `sources` table (in a version 1 store, the
    /// provenance text itself, which the upgrade turns into a table entry of that id).
    public var source: String
    /// Why the value is doubtful, from the data (`caveats.csv`), or nil.
    public var caveat: String?

    public init(rating: Int, source: String, caveat: String? = nil) {
        self.rating = rating
        self.source = source
        self.caveat = caveat
    }
}
