import ArgumentParser
import MigofCore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Every country-year with answers: coverage per area, assessed against published, disagreements first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this year (default: every year).") var year: Int?
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.table, .csv, .json, .md] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.table)

    func run() throws {
        let workspace = try global.open()
        let table = ReviewTable(store: workspace.store, framework: workspace.framework, year: year)
        print(ReviewReport(table: table).render(format.value, width: displayWidth, columns: terminalColumns), terminator: "")
    }
}
