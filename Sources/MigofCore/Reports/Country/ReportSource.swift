/// A source a profile report cites, numbered in the order the report first uses it.
public struct ReportSource: Sendable, Equatable {
    /// 1 for the first source cited.
    public var number: Int
    /// The id of the store's `sources` table.
    public var id: String
    public var citation: String
    public var publisher: String
    /// `owner/repo:path@commit`: where the figures were read, to retrace them.
    public var path: String
    public var licence: String
    /// What cites it: "overall", "P1", …
    public var usedBy: [String]

    public init(number: Int, id: String, citation: String, publisher: String, path: String, licence: String,
                usedBy: [String]) {
        self.number = number
        self.id = id
        self.citation = citation
        self.publisher = publisher
        self.path = path
        self.licence = licence
        self.usedBy = usedBy
    }
}
