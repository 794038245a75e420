import ArgumentParser
import Foundation
import MigofCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "The wide table of one year, for reports and spreadsheets.")

    @OptionGroup var global: GlobalOptions
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.csv, .json, .md] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.csv)
    @Option(help: "Year (default: the latest assessment round, the latest year with data for at least 10 countries, as for list).")
    var year: Int?
    @Option(help: "Write to this file (atomically) instead of standard output.") var out: String?

    func run() throws {
        let workspace = try global.open()
        let chosen = year ?? workspace.defaultYear()
        let report = ExportReport(store: workspace.store, framework: workspace.framework, year: chosen)
        if report.profiles.isEmpty {
            // An empty table looks like success to a script; say so, write nothing, and exit 3.
            printError("migof: nothing to export: no country has an assessment for \(chosen); "
                       + "years in the store: \(workspace.store.years.map(String.init).joined(separator: ", "))")
            throw ExitCode(EmptyResult.exitCode)
        }
        let text = report.render(format.value)
        if let out {
            try reporting { () throws(MigofError) in try AtomicFile(path: out).write(Array(text.utf8), keepBackup: false) }
        } else {
            print(text, terminator: "")
        }
    }
}
