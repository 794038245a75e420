import Testing
@testable import MigofApp
@testable import MigofCore
import MigofWidgets

/// Home's overall picture: the overall band counts and regions with their n, the change since
/// the previous round, the marker on thin figures, bars on one scale across the six tiles,
/// and tiles that use a large terminal's rows. Every expected figure is counted here from the
/// store's profiles, not read from the aggregates the screen draws.
@Suite struct HomeOverallTests {
    static let store = AppFixtures.store, framework = AppFixtures.framework

    /// Overall ratings of the countries assessed in `year`, counted per band and per region.
    static func overall(_ year: Int) -> (assessed: Int, bands: [Int: Int], regions: [String: Int]) {
        var assessed = 0, bands: [Int: Int] = [:], regions: [String: Int] = [:]
        for country in store.countries.values where country.assessments[year] != nil {
            assessed += 1
            guard let value = Profile(country: country, year: year, framework: framework).overall.value else { continue }
            bands[value, default: 0] += 1
            regions[country.region.isEmpty ? AreaStatistics.otherRegion : country.region, default: 0] += 1
        }
        return (assessed, bands, regions)
    }

    static func app(_ size: Size, year: Int = 2021) -> (App, String) {
        var app = AppFixtures.app(size: size)
        while app.document.year > year { app.type("[") }
        return (app, app.screenText(size))
    }

    @Test(arguments: [2021, 2019]) func overallBandsAndRegionsWithTheirN(year: Int) {
        let (_, text) = Self.app(Size(width: 100, height: 30), year: year)
        let counted = Self.overall(year)
        let rated = counted.bands.values.reduce(0, +)
        #expect(text.contains("Overall \(year) · n \(rated) of \(counted.assessed)"))
        let band = text.split(separator: "\n").prefix(4).first { $0.contains("4 Fully") } ?? ""
        for level in Self.framework.scale {
            let word = level.shortLabel.split(separator: " ")[0]
            #expect(band.contains("\(level.value) \(word) \(counted.bands[level.value] ?? 0) "), "band \(level.value) in \(year)")
        }
        for (region, n) in counted.regions { #expect(text.contains("\(region) (\(n)"), "\(region) in \(year)") }
    }

    @Test func theSDGDataHasItsKnownRoundSizes() {
        // The issue's own figures, from the bundled data: 89 rated overall in 2021, 111 in 2019.
        #expect(Self.overall(2021).bands.values.reduce(0, +) == 89)
        #expect(Self.overall(2019).bands.values.reduce(0, +) == 111)
    }

    @Test func sinceThePreviousRoundCountsLikeWithLike() {
        let (_, text) = Self.app(Size(width: 100, height: 30))
        // Published against published, one country at a time, as the rounds screen counts them.
        var up = 0, down = 0, same = 0
        for country in Self.store.countries.values where country.assessments[2019] != nil && country.assessments[2021] != nil {
            let before = Profile(country: country, year: 2019, framework: Self.framework).overall
            let after = Profile(country: country, year: 2021, framework: Self.framework).overall
            guard let change = RoundChange.between(before, after) else { continue }
            if change.delta > 0 { up += 1 } else if change.delta < 0 { down += 1 } else { same += 1 }
        }
        #expect(text.contains("Since 2019: \(up)▲ \(down)▼ \(same)= · n \(up + down + same)"))
        let table = RoundsTable(store: Self.store, framework: Self.framework, from: 2019, to: 2021).summaries[0]
        #expect(table.up == up && table.down == down && table.unchanged == same)
    }

    @Test func theFirstRoundHasNoPreviousOne() {
        let first = Self.store.countries.values.flatMap { $0.assessments.keys }.min()!
        #expect(HomeRounds(store: Self.store, framework: Self.framework, year: first) == nil)
    }

    @Test func figuresOnFewerThanThreeCountriesAreMarked() {
        let summary = RoundsTable.Summary(measure: "Overall", both: 2, up: 1, down: 0, unchanged: 1)
        #expect(HomeRounds.line(summary, from: 2019, width: 80).hasSuffix("n 2 (few)"))
        let three = RoundsTable.Summary(measure: "Overall", both: 3, up: 1, down: 1, unchanged: 1)
        #expect(!HomeRounds.line(three, from: 2019, width: 80).contains("few"))
        // A store of two countries: the overall n itself is thin.
        let codes = Self.store.codes.filter { Self.store.countries[$0]!.assessments[2021] != nil }.prefix(2)
        var small = Store()
        for code in codes { small.countries[code] = Self.store.countries[code] }
        var app = App(store: small, framework: Self.framework, storePath: "/data/small.json")
        app.update(.resize(Size(width: 100, height: 30)))
        #expect(app.screenText(Size(width: 100, height: 30)).contains("Overall 2021 · n 2 of 2 (few)"))
    }

    /// Bar lengths in eighths of a cell, per tile row "4 Fully …  15", read from the screen.
    static func bars(_ text: String) -> [(count: Int, eighths: Int)] {
        let partial: [Character: Int] = ["▏": 1, "▎": 2, "▍": 3, "▌": 4, "▋": 5, "▊": 6, "▉": 7, "█": 8]
        var result: [(Int, Int)] = []
        for line in text.split(separator: "\n").dropFirst(7) {
            // Each tile is one cell of the line between its borders.
            for cell in line.split(whereSeparator: { "│┃".contains($0) }) where cell.first?.isNumber == true {
                let eighths = cell.reduce(0) { $0 + (partial[$1] ?? 0) }
                guard eighths > 0, let count = cell.split(separator: " ").last.flatMap({ Int($0) }) else { continue }
                result.append((count, eighths))
            }
        }
        return result
    }

    @Test(arguments: [Size(width: 100, height: 30), Size(width: 200, height: 60)])
    func tileBarsShareOneScale(size: Size) {
        let (_, text) = Self.app(size)
        let bars = Self.bars(text)
        #expect(bars.count == Self.framework.areas.count * Self.framework.scale.count)
        var largest = 0
        for area in Self.framework.areas {
            var bands: [Int: Int] = [:]
            for country in Self.store.countries.values where country.assessments[2021] != nil {
                if let value = Profile(country: country, year: 2021, framework: Self.framework).area(area.id)?.rating.value {
                    bands[value, default: 0] += 1
                }
            }
            largest = max(largest, bands.values.max() ?? 0)
        }
        let full = bars.map(\.eighths).max()!
        // The longest bar is the largest band of any area, and every other bar is its count
        // over that one maximum: a tile's own largest band is shorter unless it is the largest.
        #expect(bars.filter { $0.eighths == full }.allSatisfy { $0.count == largest })
        for bar in bars {
            let expected = Double(bar.count) / Double(largest) * Double(full)
            #expect(abs(Double(bar.eighths) - expected) <= 8, "\(bar.count) drawn \(bar.eighths)/8, expected \(expected)")
        }
    }

    @Test func aLargeTerminalShowsFullLabelsAndWholeStatements() {
        let size = Size(width: 200, height: 60)
        let (app, text) = Self.app(size)
        let longest = Self.framework.scale.map(\.label).max { $0.count < $1.count }!
        #expect(text.contains(longest))
        let flat = text.split(separator: "\n").joined(separator: " ")
        let layout = HomeLayout(Rect(x: 0, y: 1, width: 200, height: 58), count: 6)
        for (index, area) in Self.framework.areas.enumerated() {
            // The statement's last words are on screen, in the tile, and nothing is cut short.
            let tail = area.statement.split(separator: " ").suffix(2).joined(separator: " ")
            #expect(flat.contains(tail), "\(area.id) statement")
            let lines = app.view(size: size).lines()
            let inner = layout.tiles[index].inset(by: 1)
            let blank = (inner.y..<inner.maxY).filter { row in
                lines[row].dropFirst(inner.x).prefix(inner.width).allSatisfy { $0 == " " }
            }
            #expect(blank.count * 3 < inner.height, "\(area.id): \(blank.count) of \(inner.height) rows empty")
        }
        #expect(!text.contains("Partial…"))
    }

    @Test func anEditMovesTheChangeSinceThePreviousRound() throws {
        var app = AppFixtures.app()
        let size = Size(width: 100, height: 30)
        let before = RoundsTable(store: app.store, framework: Self.framework, from: 2019, to: 2021).summaries[0]
        #expect(app.screenText(size).contains("Since 2019: \(before.up)▲ \(before.down)▼ \(before.unchanged)= · n \(before.both)"))
        // Both rounds of one country fully scored, 4 in 2019 and 1 in 2021: its overall
        // change is now assessed against assessed, a fall.
        let all = Self.framework.areas.flatMap(\.indicators).map(\.id)
        var after = before
        for code in Self.store.codes where Self.store.countries[code]!.assessments[2019] != nil {
            guard app.store.countries[code]!.assessments[2021] != nil else { continue }
            for (year, score) in [(2019, 4), (2021, 1)] {
                let old = app.store.countries[code]!.assessments[year]!.scores
                var new = old
                for id in all { new[id] = score }
                let committed = app.commit(.scores(country: code, year: year, old: old, new: new))
                #expect(committed)
            }
            after = RoundsTable(store: app.store, framework: Self.framework, from: 2019, to: 2021).summaries[0]
            if after != before { break }
        }
        try #require(after != before)
        #expect(app.screenText(size).contains("Since 2019: \(after.up)▲ \(after.down)▼ \(after.unchanged)= · n \(after.both)"))
    }
}

/// On a store past `Aggregates.roundsLimit`, Home leaves the since-line to `:rounds` rather
/// than spend more than the dashboard build on its first frame.
@Suite struct HomeRoundsLimitTests {
    @Test func aLargeStoreSendsTheChangesToRounds() {
        let store = SyntheticStore(entities: Aggregates.roundsLimit + 1, years: 2, seed: 3).make(framework: AppFixtures.framework)
        var app = App(store: store, framework: AppFixtures.framework, storePath: "/data/big.json")
        // Wide enough for the overall panel's "since" column.
        let size = Size(width: 200, height: 60)
        app.update(.resize(size))
        #expect(app.document.aggregates.rounds(app.document.store) == nil)
        #expect(app.screenText(size).contains("Since the last round: :rounds"))
        #expect(AppFixtures.app().document.aggregates.rounds(AppFixtures.store) != nil)
    }
}
