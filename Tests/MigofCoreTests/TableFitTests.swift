import Testing
@testable import MigofCore

/// Tables fit a terminal's width by cutting long text, never figures; a pipe gets them whole.
@Suite struct TableFitTests {
    private func widest(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    }

    @Test func textColumnsAreCutAndFiguresKept() {
        var table = TextTable(headers: ["Name", "Region", "Score"], alignments: [.left, .left, .right], flexible: [0, 1])
        table.rows = [["United Kingdom of Great Britain and Northern Ireland", "Northern Europe", "1234"]]
        let fitted = table.render(maxWidth: 30)
        #expect(widest(fitted) <= 30)
        #expect(fitted.contains("1234"))
        #expect(fitted.contains("United…") || fitted.contains("Uni"))
        #expect(table.render().contains("United Kingdom of Great Britain and Northern Ireland"))
    }

    @Test func theListFitsTheTerminalAndAPipeGetsFullNames() {
        let report = ListReport(store: Fixtures.importedStore, framework: Fixtures.framework, year: 2021,
                                onlyAssessed: false, region: nil, sort: .name)
        let fitted = report.render(.table, columns: 70)
        #expect(widest(fitted) <= 70)
        #expect(fitted.contains("GBR   United Kingdom"))
        let piped = report.render(.table)
        #expect(piped.contains("United Kingdom of Great Britain and Northern Ireland"))
        // Every row keeps all of its ratings: the last column is intact.
        let row = fitted.split(separator: "\n").first { $0.hasPrefix("DNK") }.map(String.init) ?? ""
        #expect(row.hasSuffix("2   3   3   4   2   2   2"))
    }

    @Test func showAndCompareFitEightyAndSeventyColumns() throws {
        var store = Fixtures.importedStore
        let note = Array(repeating: "evidence", count: 40).joined(separator: " ")
        try store.setNote(note, indicator: "P1.1", country: "CAN", year: 2021, framework: Fixtures.framework)
        let framework = Fixtures.framework
        let canada = Profile(country: store.countries["CAN"]!, year: 2021, framework: framework)
        let denmark = Profile(country: store.countries["DNK"]!, year: 2021, framework: framework)
        for columns in [80, 70] {
            let show = ProfileReport(profile: canada, framework: framework).render(.table, columns: columns)
            #expect(widest(show) <= columns, "\(show)")
            let full = ProfileReport(profile: canada, framework: framework).render(.table)
            // Below the table (whose area titles may be cut), the wrapped note keeps every word.
            func words(_ text: String) -> Int { text.components(separatedBy: "\nP1 ").last!.components(separatedBy: "evidence").count }
            #expect(words(show) == words(full))
            let compare = ComparisonReport(comparison: Comparison(a: canada, b: denmark), framework: framework)
                .render(.text, columns: columns)
            #expect(widest(compare) <= columns, "\(compare)")
            #expect(compare.contains("▼2"))
        }
        #expect(widest(ProfileReport(profile: canada, framework: framework).render(.table)) > 80)
    }

    @Test func wrappingKeepsWordsAndIndents() {
        let lines = TextTable.wrap("one two three four five", first: 9, limit: 11, indent: "  ", width: { $0.count })
        #expect(lines == ["one two", "  three", "  four five"])
        #expect(TextTable.wrap("abcdefghij", first: 4, limit: 4, indent: "", width: { $0.count }) == ["abcd", "efgh", "ij"])
        #expect(TextTable.cut("Denmark", to: 5, width: { $0.count }) == "Denm…")
    }
}
