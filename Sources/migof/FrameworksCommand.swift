import ArgumentParser
import MigofCore

struct FrameworksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frameworks", abstract: "List the bundled frameworks (id, version, indicators, name).",
        discussion: "Pick one with --framework ID (e.g. --framework mgi-topics) or --framework PATH for your own file.")

    @OptionGroup var global: GlobalOptions
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.table, .csv, .json] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.table)

    func run() throws {
        let paths = global.paths
        try reporting { () throws(MigofError) in
            var frameworks: [Framework] = []
            for file in Framework.files(in: paths.frameworkDirectory) { frameworks.append(try Framework.load(path: file)) }
            let current = try? Workspace.loadFramework(paths: paths).id
            print(FrameworkListReport(frameworks: frameworks, current: current).render(format.value, width: displayWidth), terminator: "")
        }
    }
}
