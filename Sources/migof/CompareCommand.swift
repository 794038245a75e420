import ArgumentParser
import MigofCore

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Two profiles side by side, with a delta (B − A) per area and overall.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Country A.") var a: String
    @Argument(help: "Country B (may be A again, with --year-b, for a trend).") var b: String
    @Option(help: "Year of A (default: the latest year both have; for one country, the year before its latest).")
    var year: Int?
    @Option(name: .customLong("year-b"), help: "Year of B (default: --year, else as for A; for one country, its latest).")
    var yearB: Int?
    @Option(help: "text, json, md or csv.") var format: OutputFormat = .text

    func run() throws {
        try check(format, allowed: [.text, .table, .json, .md, .csv])
        let workspace = try global.open()
        let resolver = CountryResolver(store: workspace.store)
        let left = try reporting { () throws(MigofError) in try resolver.resolve(a) }
        let right = try reporting { () throws(MigofError) in try resolver.resolve(b) }
        let years = Comparison.years(a: left, b: right, year: year, yearB: yearB, fallback: workspace.defaultYear())
        let comparison = Comparison(
            a: Profile(country: left, year: years.a, framework: workspace.framework, sources: workspace.store.sources),
            b: Profile(country: right, year: years.b, framework: workspace.framework, sources: workspace.store.sources))
        print(ComparisonReport(comparison: comparison, framework: workspace.framework).render(format, width: displayWidth), terminator: "")
    }
}
