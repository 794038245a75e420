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
            Exit codes: 0 success, 1 `migof merge` with conflicts, 3 nothing to report (an empty export or comparison),
            4 `migof validate` on a valid store with unresolved merge conflicts, 64 usage error or unknown name, 65 invalid data, 66 missing file,
            69 store refused while its journal holds unsaved edits, 73 config --init found a config file already,
            74 read/write failure, 75 store locked by another migof,
            78 TERM unset, unknown or dumb (the dashboard prints the list instead); the dashboard exits 129 when
            its terminal hangs up, 130 on Ctrl-C and 128+N on signal N.
            """,
        version: "migof \(MigofVersion.current)",
        subcommands: [DashboardCommand.self, ListCommand.self, ShowCommand.self, CompareCommand.self, SetCommand.self,
                      RoundsCommand.self, ReviewCommand.self,
                      FrameworksCommand.self,
                      ExportCommand.self, ImportCommand.self, ValidateCommand.self, PathsCommand.self, ConfigCommand.self,
                      RecoverCommand.self, LogCommand.self, DiffCommand.self, MergeCommand.self, GitSetupCommand.self,
                      ConflictsCommand.self, ResolveCommand.self, ReportCommand.self, GenerateCommand.self, BenchCommand.self, BenchStoreCommand.self],
        defaultSubcommand: DashboardCommand.self)
}


