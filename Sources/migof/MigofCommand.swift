import ArgumentParser
import MigofCore

@main
struct MigofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migof",
        abstract: "Migration governance (MiGOF / SDG 10.7.2) ratings in the terminal.",
        discussion: """
            With no subcommand, opens the dashboard (or prints the country list when standard
            output is not a terminal).
            Exit codes: 0 success, 3 nothing to report (an empty export or comparison), 64 usage error or unknown name, 65 invalid data, 66 missing file,
            73 config --init found a config file already, 74 read/write failure, 75 store locked by another migof; the dashboard exits 130 on
            Ctrl-C and 128+N on signal N.
            """,
        version: "migof \(MigofVersion.current)",
        subcommands: [DashboardCommand.self, ListCommand.self, ShowCommand.self, CompareCommand.self, SetCommand.self,
                      ExportCommand.self, ImportCommand.self, ValidateCommand.self, PathsCommand.self, ConfigCommand.self,
                      RecoverCommand.self, LogCommand.self, GenerateCommand.self, BenchCommand.self, BenchStoreCommand.self],
        defaultSubcommand: DashboardCommand.self)
}


