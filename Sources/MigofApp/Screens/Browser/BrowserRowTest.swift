import MigofCore

/// Whether one candidate of a browser search is a row: its name holds the search text (or
/// its code equals it), it is in the region chosen, and it passes the rating filter.
struct BrowserRowTest {
    var names: NameSearch
    var needle: [UInt8]
    /// The region wanted, as an index into the document's regions; nil for every region.
    var region: Int32?
    /// Each candidate's region index (filled whenever `region` is set).
    var regionOf: [Int32]
    var filter: RatingFilter?
    var document: Document
    var sorted: [String]

    /// `byName` false for a candidate whose code matched (its name need not hold the text);
    /// `prefiltered` true for a row of an earlier search under the same filters.
    func passes(_ entry: Int32, byName: Bool, prefiltered: Bool) -> Bool {
        let position = Int(entry)
        if byName, !names.nameContains(position, needle) { return false }
        if prefiltered { return true }
        if let region, regionOf[position] != region { return false }
        if let filter { return document.profile(sorted[position]).map(filter.matches) ?? false }
        return true
    }
}
