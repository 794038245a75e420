import MigofCore
import MigofWidgets

/// The country browser's own state: search, region filter, sort and selection.
struct BrowserState: Sendable {
    var search = TextInput(maxLength: 60)
    /// True while `/` input has the keyboard.
    var searching = false
    /// Index into the store's regions; nil shows every region.
    var region: Int?
    var sort: CountrySort = .name
    var list = ListState()
    /// Every ISO3 code in the current sort order; recomputed when the sort, year or data change.
    var sorted: [String] = []
    /// ISO3 codes shown, in order: `sorted` filtered by region and search.
    var rows: [String] = []
    /// Countries marked with Space for a comparison, A first; at most two.
    var marked: [String] = []
}
