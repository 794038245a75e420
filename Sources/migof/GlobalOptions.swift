import Foundation
import ArgumentParser
import MigofCore

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Store file (default: $MIGOF_STORE, else $XDG_DATA_HOME/migof/store.json).", valueName: "path"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Framework file with areas, indicators and the rating scale.", valueName: "path"))
    var framework: String?

    var paths: Paths { Paths.resolve(storeOption: store, frameworkOption: framework) }

    /// Loads the workspace, printing the first-use notice on stderr, and the loading's
    /// progress too when it takes a while (see `StderrProgress`).
    func open() throws -> Workspace {
        let paths = self.paths
        return try withLoadProgress(paths.store) { progress throws(MigofError) in
            keepUntilExit(try Workspace.open(paths: paths, notice: printError, progress: progress))
        }
    }
}

/// Runs `body`, turning a `MigofError` into its message on stderr and its exit code.
func reporting<T>(_ body: () throws(MigofError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError(error.description.split(separator: "\n").map { "migof: \($0)" }.joined(separator: "\n"))
        throw ExitCode(error.exitCode)
    }
}

/// Runs `body` with a progress reporter for loading `path` on stderr (nil when stderr is not
/// a terminal), erasing its line afterwards; errors are reported as `reporting` does.
func withLoadProgress<T>(_ path: String, _ body: (((LoadProgress) -> Void)?) throws(MigofError) -> T) throws -> T {
    let line = StderrProgress.forLoading(path)
    return try reporting { () throws(MigofError) in
        // Erased before an error is printed, so the message starts a clean line.
        defer { line?.finish() }
        return try body(line.map { line in { line.report($0) } })
    }
}

func printError(_ message: String) {
    if heldMessages != nil {
        heldMessages?.append(message)
        return
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Messages printed while the dashboard owns the terminal, where they would be drawn over
/// and lost; `releaseHeldMessages` prints them once the terminal is restored. Touched only
/// by the main thread, hence `nonisolated(unsafe)`.
nonisolated(unsafe) private var heldMessages: [String]?

/// From now on, `printError` keeps its messages until `releaseHeldMessages`.
func holdMessages() {
    heldMessages = heldMessages ?? []
}

/// Prints the messages held since `holdMessages`, in order, and stops holding.
func releaseHeldMessages() {
    let messages = heldMessages ?? []
    heldMessages = nil
    messages.forEach(printError)
}

/// Reports `error` like any other migof failure.
func fail(_ error: MigofError) throws -> Never {
    try reporting { () throws(MigofError) -> Never in throw error }
}
