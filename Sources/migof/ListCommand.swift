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
    @Option(help: "table, csv or json.")
    var format: OutputFormat = .table

    func run() throws {
        try check(format, allowed: [.table, .csv, .json])
        let workspace = try global.open()
        guard let order = CountrySort(sort, framework: workspace.framework) else {
            throw ValidationError("--sort must be name, overall or one of \(workspace.framework.areas.map(\.id).joined(separator: ", "))")
        }
        let report = ListReport(store: workspace.store, framework: workspace.framework,
                                year: year ?? workspace.defaultYear(), onlyAssessed: year != nil,
                                region: region, sort: order)
        if let region, report.profiles.isEmpty {
            let regions = Set(workspace.store.countries.values.map(\.region)).filter { !$0.isEmpty }.sorted()
            try fail(.unknown("no country in region '\(region)'; regions: \(regions.joined(separator: ", "))"))
        }
        print(report.render(format, width: displayWidth), terminator: "")
    }
}
