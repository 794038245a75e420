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
    @Option(help: "table, json, md or csv.")
    var format: OutputFormat = .table

    func run() throws {
        try check(format, allowed: [.table, .json, .md, .csv])
        let workspace = try global.open()
        let match = try reporting { () throws(MigofError) in try CountryResolver(store: workspace.store).resolve(country) }
        let profile = Profile(country: match, year: year ?? workspace.defaultYear(for: match), framework: workspace.framework,
                              sources: workspace.store.sources)
        print(ProfileReport(profile: profile, framework: workspace.framework, sources: workspace.store.sources).render(format, width: displayWidth), terminator: "")
    }
}
