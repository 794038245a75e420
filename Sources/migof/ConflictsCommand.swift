import ArgumentParser
import MigofCore

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts", abstract: "List the values a merge left in conflict: base, ours, theirs, by whom.")

    @OptionGroup var global: GlobalOptions
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.text, .csv, .json, .md] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.text)

    func run() throws {
        let workspace = try global.open()
        print(ConflictReport(conflicts: workspace.store.conflicts, framework: workspace.framework).render(format.value),
              terminator: "")
    }
}
