import ArgumentParser
import MigofCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Exit 0 when a store is valid; otherwise list every error and exit 65; exit 4 when valid with unresolved merge conflicts.")

    /// The exit status of a valid store that still holds merge conflicts.
    static let conflictsExitCode: Int32 = 4

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Store file to check (default: the store in use).") var path: String?

    func run() throws {
        let paths = global.paths
        let target = path ?? paths.store
        // The progress line is erased before the verdict is printed.
        let store = try withLoadProgress(target) { progress throws(MigofError) in
            // The framework the checked file records, not the store in use, unless one is chosen.
            let framework = try Workspace.loadFramework(paths: Paths.resolve(storeOption: target, frameworkOption: global.framework))
            return keepUntilExit(try StoreFile(path: target).load(framework: framework, progress: progress))
        }
        let years = store.years.map(String.init).joined(separator: ", ")
        print("\(target): valid, \(store.countries.count) countries, years \(years)")
        let conflicts = store.conflicts.count
        if conflicts > 0 {
            printError("migof: \(target): \(conflicts) unresolved merge conflict\(conflicts == 1 ? "" : "s"); "
                       + "list them with `migof conflicts`, resolve with `migof resolve <id> ours|theirs|base`")
            throw ExitCode(Self.conflictsExitCode)
        }
    }
}
