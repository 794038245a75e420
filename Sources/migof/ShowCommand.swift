import ArgumentParser
import MigofCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "A country's profile: six areas, ratings, indicators and notes.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "ISO3, ISO2, or a name or unique prefix (accents and case ignored).")
    var country: String
    @Option(help: "Year (default: the country's latest).")
    var year: Int?
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.table, .json, .md, .csv] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.table)

    func run() throws {
        let workspace = try global.open()
        let match = try reporting { () throws(MigofError) in try workspace.resolver.resolve(country) }
        let profile = Profile(country: match, year: year ?? workspace.defaultYear(for: match), framework: workspace.framework,
                              sources: workspace.store.sources)
        let report = ProfileReport(profile: profile, framework: workspace.framework, sources: workspace.store.sources)
        print(report.render(format.value, width: displayWidth, columns: terminalColumns), terminator: "")
    }
}
