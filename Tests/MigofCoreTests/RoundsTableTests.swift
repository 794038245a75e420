import Foundation
import Testing
@testable import MigofCore

/// The rounds table against the bundled CSV read directly, its order, and its report formats.
@Suite struct RoundsTableTests {
    /// (iso3, year, measure) → rating, read from the CSV itself, with the domains D1…D6
    /// named by the framework's area ids.
    static func csvRatings() throws -> [String: Int] {
        let text = try String(contentsOfFile: Fixtures.csvPath, encoding: .utf8)
        let records = try CSVReader.records(text, path: Fixtures.csvPath)
        let header = try #require(records.first).fields
        let iso = try #require(header.firstIndex(of: "iso3")), year = try #require(header.firstIndex(of: "year"))
        let domain = try #require(header.firstIndex(of: "domain")), rating = try #require(header.firstIndex(of: "rating"))
        let ids = Fixtures.sdg.areas.map(\.id)
        var ratings: [String: Int] = [:]
        for record in records.dropFirst() {
            let f = record.fields
            let measure = f[domain] == "overall" ? "Overall" : ids[Int(f[domain].dropFirst())! - 1]
            ratings["\(f[iso])|\(f[year])|\(measure)"] = Int(f[rating])
        }
        return ratings
    }

    @Test func summaryCountsEqualCountsFromTheCSV() throws {
        let ratings = try Self.csvRatings()
        let table = RoundsTable(store: Fixtures.importedSDG, framework: Fixtures.sdg, from: 2019, to: 2021)
        let countries = Set(ratings.keys.map { String($0.prefix(3)) })
        for summary in table.summaries {
            var up = 0, down = 0, same = 0
            for code in countries {
                guard let before = ratings["\(code)|2019|\(summary.measure)"], let after = ratings["\(code)|2021|\(summary.measure)"] else { continue }
                if after > before { up += 1 } else if after < before { down += 1 } else { same += 1 }
            }
            #expect(summary.up == up, "\(summary.measure) up")
            #expect(summary.down == down, "\(summary.measure) down")
            #expect(summary.unchanged == same, "\(summary.measure) unchanged")
            #expect(summary.both == up + down + same, "\(summary.measure) in both")
        }
        // The figure: 62 countries have an overall rating in both rounds.
        #expect(table.summaries[0].text.hasPrefix("Overall: 62 in both rounds"))
        let inBoth = countries.filter { code in ratings.keys.contains { $0.hasPrefix("\(code)|2019|") } && ratings.keys.contains { $0.hasPrefix("\(code)|2021|") } }
        #expect(table.rows.count == inBoth.count)
    }

    @Test func defaultRoundsAreTheTwoLatestWithData() throws {
        // Kazakhstan's lone 2023 rating is no round.
        let rounds = try #require(RoundsTable.defaultRounds(Fixtures.importedSDG))
        #expect(rounds.from == 2019 && rounds.to == 2021)
        #expect(RoundsTable.defaultRounds(Store()) == nil)
    }

    @Test func ordersBySizeOfChangeThenName() {
        let store = Fixtures.importedSDG, sdg = Fixtures.sdg
        let byChange = RoundsTable(store: store, framework: sdg, from: 2019, to: 2021)
        let sizes = byChange.rows.map { $0.overall.map { abs($0.delta) } ?? -1 }
        #expect(sizes == sizes.sorted(by: >))
        // Botswana moved 2 → 4, the largest rise.
        #expect(byChange.rows.first?.iso3 == "BWA")
        let byName = RoundsTable(store: store, framework: sdg, from: 2019, to: 2021, order: .name)
        #expect(byName.rows.map(\.name.folded) == byName.rows.map(\.name.folded).sorted())
        let byO2 = RoundsTable(store: store, framework: sdg, from: 2019, to: 2021, order: RoundsOrder("O2", framework: sdg)!)
        let o2 = byO2.rows.map { $0.changes[5].map { abs($0.delta) } ?? -1 }
        #expect(o2 == o2.sorted(by: >))
        #expect(RoundsOrder("size", framework: sdg) == nil)
    }

    @Test func regionFilterKeepsOnlyThatRegion() {
        let table = RoundsTable(store: Fixtures.importedSDG, framework: Fixtures.sdg, from: 2019, to: 2021, region: "europe")
        #expect(!table.rows.isEmpty)
        #expect(table.rows.allSatisfy { $0.region == "Europe" })
        #expect(table.region == "europe")
    }

    @Test func cellsReadAsFromArrowTo() {
        #expect(RoundsTable.text(RoundChange(basis: .published, from: 2, to: 3)) == "2→3 ▲")
        #expect(RoundsTable.text(RoundChange(basis: .published, from: 3, to: 1)) == "3→1 ▼")
        #expect(RoundsTable.text(RoundChange(basis: .assessed, from: 2, to: 2)) == "2→2 =")
        #expect(RoundsTable.text(nil) == "–")
    }

    @Test func jsonCarriesTheSummaryAndEveryRow() throws {
        let table = RoundsTable(store: Fixtures.importedSDG, framework: Fixtures.sdg, from: 2019, to: 2021)
        let text = RoundsReport(table: table).render(.json)
        let root = try JSONParser.parse(text)
        #expect(root.member("rows")?.value.array?.count == table.rows.count)
        #expect(root.member("summary")?.value.array?.first?.member("text")?.value.string == table.summaries[0].text)
        let csv = RoundsReport(table: table).render(.csv)
        #expect(csv.split(separator: "\n").count == table.rows.count + 1)
        let md = RoundsReport(table: table).render(.md)
        #expect(md.contains("| BWA | Botswana |"))
        #expect(md.contains("- Overall: 62 in both rounds"))
    }
}
