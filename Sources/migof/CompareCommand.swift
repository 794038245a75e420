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
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.text, .table, .json, .md, .csv] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed) (table is text).", valueName: "format"))
    var format = FormatChoice<Formats>(.text)

    func run() throws {
        let workspace = try global.open()
        let resolver = workspace.resolver
        let left = try reporting { () throws(MigofError) in try resolver.resolve(a) }
        let right = try reporting { () throws(MigofError) in try resolver.resolve(b) }
        let years = Comparison.years(a: left, b: right, year: year, yearB: yearB, fallback: workspace.defaultYear())
        let comparison = Comparison(
            a: Profile(country: left, year: years.a, framework: workspace.framework, sources: workspace.store.sources),
            b: Profile(country: right, year: years.b, framework: workspace.framework, sources: workspace.store.sources))
        try reportMissingSides(comparison)
        print(ComparisonReport(comparison: comparison, framework: workspace.framework).render(format.value, width: displayWidth, columns: terminalColumns), terminator: "")
    }

    /// A side without an assessment is said on stderr; with neither side assessed there is
    /// nothing to compare: no table, exit 3.
    private func reportMissingSides(_ comparison: Comparison) throws {
        let missing = [comparison.a, comparison.b].filter { !$0.hasAssessment }
        for side in missing {
            let years = side.country.years.map(String.init).joined(separator: ", ")
            printError("migof: \(side.country.name) has no assessment for \(side.year); its years: \(years.isEmpty ? "none" : years)")
        }
        if missing.count == 2 {
            printError("migof: nothing to compare")
            throw ExitCode(EmptyResult.exitCode)
        }
    }
}
