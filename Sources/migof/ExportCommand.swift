import ArgumentParser
import Foundation
import MigofCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "The wide table of one year, for reports and spreadsheets.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "csv, json or md.") var format: OutputFormat
    @Option(help: "Year (default: the latest year in the store).") var year: Int?
    @Option(help: "Write to this file (atomically) instead of standard output.") var out: String?

    func run() throws {
        try check(format, allowed: [.csv, .json, .md])
        let workspace = try global.open()
        let text = ExportReport(store: workspace.store, framework: workspace.framework,
                                year: year ?? workspace.defaultYear()).render(format)
        if let out {
            try reporting { () throws(MigofError) in try AtomicFile(path: out).write(Array(text.utf8), keepBackup: false) }
        } else {
            print(text, terminator: "")
        }
    }
}
