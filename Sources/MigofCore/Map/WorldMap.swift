/// The world tile map's figures for one year and measure: what each tile shows and the
/// legend's counts. One model for the map screen, its tests and the CLI.
public struct WorldMap: Sendable {
    /// One tile with its country's figure, if the store has one.
    public struct Cell: Sendable, Equatable {
        public var tile: WorldTileGrid.Tile
        /// The store's country for the tile (nil for a tile such as Kosovo that it lacks).
        public var name: String
        public var inStore: Bool
        /// The band (published or assessed measures).
        public var value: Int?
        /// The change since the previous round (change measure).
        public var change: RoundChange?
        /// The rating the figure comes from, for the detail line.
        public var rating: Rating?

        /// True when the tile has something to show for the measure.
        public var hasData: Bool { value != nil || change != nil }
    }

    /// One line of the legend: "1 Requires further progress (6)" or "▲ up (12)".
    public struct LegendEntry: Sendable, Equatable {
        public var key: String
        public var label: String
        public var count: Int
    }

    public let measure: MapMeasure
    public let year: Int
    /// The round the change measure compares with: the latest earlier year with data.
    public let previousYear: Int?
    public let cells: [Cell]

    public init(grid: WorldTileGrid, store: Store, framework: Framework, year: Int, measure: MapMeasure) {
        self.measure = measure
        self.year = year
        previousYear = store.years.last { $0 < year }
        let previous = previousYear
        cells = grid.tiles.map { tile in
            guard let country = store.countries[tile.iso3] else {
                return Cell(tile: tile, name: tile.name, inStore: false)
            }
            let profile = Profile(country: country, year: year, framework: framework, sources: store.sources)
            let rating = measure.rating(in: profile)
            var cell = Cell(tile: tile, name: country.name, inStore: true, rating: rating)
            if measure.kind == .change {
                if let previous, let rating, let before = measure.rating(in: Profile(country: country, year: previous, framework: framework)) {
                    cell.change = RoundChange.between(before, rating)
                }
            } else {
                cell.value = rating.flatMap(measure.value)
            }
            return cell
        }
    }

    /// The legend: each band of the scale (highest last) with its count, or up, down and
    /// unchanged for the change measure; then the tiles without data.
    public func legend(framework: Framework) -> [LegendEntry] {
        var entries: [LegendEntry]
        if measure.kind == .change {
            let deltas = cells.compactMap { $0.change?.delta }
            entries = [LegendEntry(key: "▲", label: "up", count: deltas.filter { $0 > 0 }.count),
                       LegendEntry(key: "▼", label: "down", count: deltas.filter { $0 < 0 }.count),
                       LegendEntry(key: "=", label: "unchanged", count: deltas.filter { $0 == 0 }.count)]
        } else {
            entries = framework.scale.map { level in
                LegendEntry(key: String(level.value), label: level.label, count: cells.filter { $0.value == level.value }.count)
            }
        }
        entries.append(LegendEntry(key: "·", label: "no data", count: cells.filter { !$0.hasData }.count))
        return entries
    }

    /// The short text a tile shows: the band, or the change glyph, or blank.
    public static func mark(_ cell: Cell) -> String {
        if let change = cell.change { return change.delta > 0 ? "▲" : change.delta < 0 ? "▼" : "=" }
        return cell.value.map(String.init) ?? ""
    }
}
