import ArgumentParser
import MigofCore

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts", abstract: "List the values a merge left in conflict: base, ours, theirs, by whom.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "text, csv, json or md.") var format: OutputFormat = .text

    func validate() throws {
        try check(format, allowed: [.text, .csv, .json, .md])
    }

    func run() throws {
        let workspace = try global.open()
        print(ConflictReport(conflicts: workspace.store.conflicts, framework: workspace.framework).render(format),
              terminator: "")
    }
}
