import ArgumentParser
import MigofCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "One row per country with its headline ratings.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Year; only the countries assessed that year are listed. Default: the latest year, all countries.")
    var year: Int?
    @Option(help: "UN region or sub-region, e.g. Africa or \"Northern Europe\".")
    var region: String?
    @Option(help: "name, overall, or an area id (P1…O3).")
    var sort: String = "name"
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.table, .csv, .json] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.table)

    func run() throws {
        let workspace = try global.open()
        guard let order = CountrySort(sort, framework: workspace.framework) else {
            usageError("--sort must be name, overall or one of \(workspace.framework.areas.map(\.id).joined(separator: ", "))")
        }
        let report = ListReport(store: workspace.store, framework: workspace.framework,
                                year: year ?? workspace.defaultYear(), onlyAssessed: year != nil,
                                region: region, sort: order)
        if let region, report.profiles.isEmpty {
            let regions = Set(workspace.store.countries.values.map(\.region)).filter { !$0.isEmpty }.sorted()
            try fail(.unknown("no country in region '\(region)'; regions: \(regions.joined(separator: ", "))"))
        }
        print(report.render(format.value, width: displayWidth, columns: terminalColumns), terminator: "")
    }
}
