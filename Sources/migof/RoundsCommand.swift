import ArgumentParser
import MigofCore

struct RoundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds", abstract: "What moved between two rounds: overall and area changes of the countries assessed in both.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The earlier round (default: the second latest round with data).") var from: Int?
    @Option(help: "The later round (default: the latest round with data).") var to: Int?
    @Option(help: "UN region or sub-region, e.g. Africa or \"Northern Europe\".") var region: String?
    @Option(help: "change (of the overall rating), an area id (P1…O3: the size of its change), or name.")
    var sort: String = "change"
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.table, .csv, .json, .md] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.table)

    func run() throws {
        let workspace = try global.open()
        let framework = workspace.framework
        guard let order = RoundsOrder(sort, framework: framework) else {
            usageError("--sort must be change, name or one of \(framework.areas.map(\.id).joined(separator: ", "))")
        }
        let rounds = RoundsTable.defaultRounds(workspace.store)
        guard let first = from ?? rounds?.from, let second = to ?? rounds?.to else {
            usageError("the store holds fewer than two rounds; give --from and --to")
        }
        guard first < second else { usageError("--from (\(first)) must be earlier than --to (\(second))") }
        let years = workspace.store.years
        for year in [first, second] where !years.contains(year) {
            try fail(.unknown("no assessment in \(year); years with data: \(years.map(String.init).joined(separator: ", "))"))
        }
        let table = RoundsTable(store: workspace.store, framework: framework, from: first, to: second, region: region, order: order)
        if let region, table.rows.isEmpty {
            let regions = Set(workspace.store.countries.values.map(\.region)).filter { !$0.isEmpty }.sorted()
            try fail(.unknown("no country of region '\(region)' in both \(first) and \(second); regions: \(regions.joined(separator: ", "))"))
        }
        print(RoundsReport(table: table).render(format.value, width: displayWidth, columns: terminalColumns), terminator: "")
    }
}
