import Foundation
import ArgumentParser
import MigofCore

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Store file (default: $MIGOF_STORE, else the config file's store, else $XDG_DATA_HOME/migof/store.json).", valueName: "path"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Framework file with areas, indicators and the rating scale (default: $MIGOF_FRAMEWORK, else the config file's framework, else the bundled one).", valueName: "path"))
    var framework: String?

    var paths: Paths {
        announceConfigProblems()
        return Paths.resolve(storeOption: store, frameworkOption: framework, config: loadedConfig.file)
    }

    /// Every setting in effect for this run; `theme` and `mouse` are the dashboard's flags.
    func settings(theme: String? = nil, mouse: Bool? = nil) -> Settings {
        let flags = Settings.Flags(theme: theme, store: store, framework: framework, mouse: mouse)
        return Settings.resolve(flags: flags, environment: ProcessInfo.processInfo.environment,
                                config: loadedConfig.file, paths: paths)
    }

    /// The name the audit trail records: `$MIGOF_USER`, the config's `user`, `$USER`, the login name.
    var auditUser: String { settings().user.value }

    /// An empty path is refused: `--store "$UNSET"` must not fall back to the real store.
    func validate() throws {
        if store?.isEmpty == true { throw ValidationError("--store needs a path; got an empty string") }
        if framework?.isEmpty == true { throw ValidationError("--framework needs a name or a path; got an empty string") }
    }

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

/// Writes `message` and a newline to stderr, control characters shown as visible escapes
/// (line breaks kept), so a name or key quoted in an error cannot drive the terminal.
/// A failed write is ignored: after a hangup stderr may be a terminal that is gone, and
/// `FileHandle.write` would trap on that instead of letting migof exit 129.
/// While the dashboard holds the terminal, messages wait (see `holdMessages`).
func printError(_ message: String) {
    if heldMessages != nil {
        heldMessages?.append(message)
        return
    }
    var bytes = Array((ControlText.visible(message, keepingLineBreaks: true) + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
    }
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
