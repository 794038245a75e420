import MigofCore
import MigofWidgets

/// The world tile map: every country of the World Tile Grid as a tile coloured by its band
/// for the chosen measure (overall or an area; published, assessed or the change since the
/// previous round). Arrows move geographically, typing a name or code jumps to it.
struct MapModel: Hashable, Sendable {
    /// The screen's name for `.show` and the `:` commands.
    static let name = "map"

    /// The figure shown.
    var measure = MapMeasure()
    /// The selected tile's ISO3 code, kept by identity across years and measures.
    var selected = "CAN"
    /// Countries marked with Space for a comparison, A first; at most two.
    var marked: [String] = []
    /// The typed start of a name or code, while jumping.
    var jump = ""
    /// True after `/`, when every letter goes to the jump, even one the keymap binds.
    var jumping = false

    /// The grid every map shares, or why it could not be read.
    var grid: WorldTileGrid? { try? WorldTileGrid.bundled.get() }

    func crumb(_ document: Document) -> String { "World map · \(measure.label)" }

    /// The map's figures for the document's year.
    func world(_ document: Document) -> WorldMap? {
        grid.map { WorldMap(grid: $0, store: document.store, framework: document.framework, year: document.year, measure: measure) }
    }

    func layout(in rect: Rect, document: Document) -> MapLayout {
        let legend = world(document)?.legend(framework: document.framework) ?? []
        let tile = grid?.tiles.first { $0.iso3 == selected }
        return MapLayout(rect, grid: grid, legend: legend, selectedRow: tile?.y ?? 1)
    }

    mutating func reclamp(_ document: Document, layout: MapLayout) {
        guard let grid, !grid.tiles.isEmpty else { return }
        if !grid.tiles.contains(where: { $0.iso3 == selected }) { selected = grid.tiles[0].iso3 }
        marked.removeAll { document.store.countries[$0] == nil }
    }

    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .open, .map, help: "Open the selected country's profile", hint: "profile"),
        // No letters: a letter typed on the map jumps to a country.
        KeyBinding([.char(">")], .nextSort, .map, help: "Next figure (overall, P1…O3)", hint: "figure", hintKey: "< >"),
        KeyBinding([.char("<")], .previousSort, .map, help: "Previous figure"),
        KeyBinding([.tab], .nextFocus, .map, help: "Next measure: published, assessed, change", hint: "measure"),
        KeyBinding([.backTab], .previousFocus, .map, help: "Previous measure"),
        KeyBinding([.char("/")], .search, .map, help: "Jump to a country by the start of its name or code"),
        KeyBinding([.char(" ")], .compare(.mark), .map, help: "Mark or unmark for a comparison (two at most)"),
        KeyBinding([.char("C")], .compare(.start), .map, help: "Compare the two marked countries"),
    ]
}

extension Context {
    public static let map = Context("World map")
}
