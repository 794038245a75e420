import ArgumentParser
import Foundation
import MigofCore

@main
struct MigofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migof",
        abstract: "Migration governance (MiGOF / SDG 10.7.2) ratings in the terminal.",
        discussion: """
            Exit codes: 0 success, 64 usage error or unknown name, 65 invalid data, 66 missing file,
            74 read/write failure, 75 store locked by another migof.
            """,
        subcommands: [ListCommand.self, ShowCommand.self, CompareCommand.self, SetCommand.self,
                      ExportCommand.self, ImportCommand.self, ValidateCommand.self, PathsCommand.self])

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let workspace = try global.open()
        let report = ListReport(store: workspace.store, framework: workspace.framework,
                                year: workspace.defaultYear(), onlyAssessed: true, region: nil, sort: .name)
        print(report.render(.table, width: displayWidth), terminator: "")
    }
}
