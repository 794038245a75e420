/// The World Tile Grid (PolicyViz): one square cell per country on a 28x23 grid, laid out so
/// neighbours stay neighbours. Loaded from the bundled `world-tile-grid.csv` (see SOURCES.md).
public struct WorldTileGrid: Sendable, Equatable {
    /// One country's cell; `x` and `y` count from 1, left to right and top to bottom.
    public struct Tile: Sendable, Equatable {
        public var iso3: String
        public var name: String
        public var x: Int
        public var y: Int

        public init(iso3: String, name: String, x: Int, y: Int) {
            self.iso3 = iso3
            self.name = name
            self.x = x
            self.y = y
        }
    }

    /// Every tile, in the file's order.
    public let tiles: [Tile]
    /// The largest column and row used.
    public let width: Int
    public let height: Int
    private let byCell: [Int: Int]

    public init(tiles: [Tile]) {
        self.tiles = tiles
        width = tiles.map(\.x).max() ?? 0
        height = tiles.map(\.y).max() ?? 0
        var cells: [Int: Int] = [:]
        for (index, tile) in tiles.enumerated() { cells[tile.y * 1000 + tile.x] = index }
        byCell = cells
    }

    /// The index of the tile at a cell, if one is there.
    public func index(x: Int, y: Int) -> Int? { byCell[y * 1000 + x] }

    /// Reads `iso3,x,y,…,name,…`; a bad line is reported with the file and line, and
    /// two countries in one cell or one country twice is an error.
    public static func load(path: String) throws(MigofError) -> WorldTileGrid {
        try parse(CSVReader.checkedFile(path), path: path)
    }

    static func parse(_ records: [CSVReader.Record], path: String) throws(MigofError) -> WorldTileGrid {
        guard let header = records.first, let iso = header.fields.firstIndex(of: "iso3"),
              let xs = header.fields.firstIndex(of: "x"), let ys = header.fields.firstIndex(of: "y"),
              let names = header.fields.firstIndex(of: "name") else {
            throw .invalid([Diagnostic(path: path, line: 1, column: 0, message: "header must name iso3, x, y and name")])
        }
        var tiles: [Tile] = []
        var problems: [Diagnostic] = []
        var seenCells: [Int: String] = [:]
        var seenCodes: Set<String> = []
        for record in records.dropFirst() {
            let f = record.fields
            guard f.count == header.fields.count, let x = Int(f[xs]), let y = Int(f[ys]), x >= 1, y >= 1, x < 1000 else {
                problems.append(Diagnostic(path: path, line: record.line, column: 0,
                                           message: "expected \(header.fields.count) fields with whole-number x and y from 1"))
                continue
            }
            if let other = seenCells[y * 1000 + x] {
                problems.append(Diagnostic(path: path, line: record.line, column: 0, message: "\(f[iso]) shares cell \(x),\(y) with \(other)"))
                continue
            }
            guard seenCodes.insert(f[iso]).inserted else {
                problems.append(Diagnostic(path: path, line: record.line, column: 0, message: "\(f[iso]) has a tile already"))
                continue
            }
            seenCells[y * 1000 + x] = f[iso]
            tiles.append(Tile(iso3: f[iso], name: f[names], x: x, y: y))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return WorldTileGrid(tiles: tiles)
    }
}

extension WorldTileGrid {
    /// The grid bundled with migof, read once from the data folder (`MIGOF_DATA_DIR`, the
    /// install prefix or the source tree), or why it could not be read.
    public static let bundled: Result<WorldTileGrid, MigofError> = {
        let path = Paths.resolve().worldTileGrid
        do throws(MigofError) {
            return .success(try load(path: path))
        } catch {
            return .failure(error)
        }
    }()
}
