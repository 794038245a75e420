import ArgumentParser
import Foundation
import MigofApp
import MigofCore
import MigofTerminal
import MigofWidgets

/// The default subcommand: `migof` alone, or with deep links such as `migof --country CAN`.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Open this country's profile (ISO3, ISO2 or name).") var country: String?
    @Option(help: "Open this area's panel (P1 … O3).") var area: String?
    @Option(help: "Show this year (default: the latest assessment round).") var year: Int?
    @Option(help: "Colour theme: dark, light, high-contrast, monochrome, colorblind, colorblind-light, or a user theme (default: $MIGOF_THEME, else the config file's theme).")
    var theme: String?
    @Flag(help: "Ignore the mouse (default: the config file's mouse setting, else on).") var noMouse = false
    @Flag(help: "No colours: start with the monochrome theme, as NO_COLOR does.") var noColor = false
    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Open the comparison of two countries: --compare CAN DNK (or --compare CAN --compare DNK); the same country twice compares two years.",
                               valueName: "country"))
    var compare: [String] = []
    @Option(name: .customLong("year-b"), help: "With --compare: the year of side B (default: --year).") var yearB: Int?
    @Flag(help: "Open the world tile map.") var map = false
    @Flag(help: "Create the store from the bundled default when it does not exist (only the default store is created without it).")
    var new = false
    @Flag(help: "Start afresh: do not reopen the last view ($XDG_STATE_HOME/migof/state.json).") var fresh = false

    func run() throws {
        setlocale(LC_ALL, "")
        let settings = global.settings(theme: theme, mouse: noMouse ? false : nil)
        var environment = ProcessInfo.processInfo.environment
        if noColor { environment["NO_COLOR"] = "1" }
        let terminal = isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1
        // A terminal type ncurses cannot drive gets what a pipe gets, and says why.
        let problem = terminal ? NcursesBackend.terminalProblem(term: environment["TERM"]) : nil
        guard terminal, problem == nil else {
            let (workspace, session) = try reporting { () throws(MigofError) in
                try Workspace.openForEditing(paths: global.paths, notice: printError, create: new, user: settings.user.value)
            }
            defer { session?.close() }
            if let problem { printError("migof: \(problem); printing the text report instead of opening the dashboard") }
            try printReport(workspace)
            if problem != nil { throw ExitCode(78) }
            return
        }
        // Everything quick that can refuse to start comes before the terminal, so its message
        // lands on the normal screen: the store's presence, the first-use copy, the framework.
        let paths = try reporting { () throws(MigofError) in try global.paths.followingStoreLink() }
        let framework = try reporting { () throws(MigofError) in
            try Workspace.requireStore(paths, create: new)
            if try StoreFile(path: paths.store).installDefault(from: paths.bundledStore) {
                printError("migof: no store at \(paths.store); created it from the bundled default (SDG 10.7.2 ratings)")
            }
            return try Workspace.loadFramework(paths: paths)
        }
        if let area, framework.area(area) == nil {
            usageError("unknown area '\(area)'; areas: \(framework.areas.map(\.id).joined(separator: ", "))")
        }
        let catalog = themeCatalog(settings, paths: paths, environment: environment)
        // Loading from before the terminal starts (see `DashboardStart.begin`).
        let loader = BackgroundLoad(paths: paths, user: settings.user.value)
        let backend = NcursesBackend(mouse: settings.mouse.value, theme: catalog.themes[0])
        holdMessages()
        let start = DashboardStart.begin(loader: loader, paths: paths, backend: backend,
                                         glyphs: Glyphs.forCurrentLocale())
        guard case .loaded(let pending) = start.outcome else {
            // q or Ctrl-C during the load: nothing is edited yet, so nothing waits on the loading thread.
            backend.shutdown()
            releaseHeldMessages()
            if case .quit(let status) = start.outcome { Foundation.exit(status) }
            return
        }
        do {
            try openDashboard(start.loader.result, settings: settings, catalog: catalog, backend: backend, pending: pending)
        } catch {
            backend.shutdown()
            releaseHeldMessages()
            throw error
        }
    }

    /// The themes to cycle, the first one to start with.
    private func themeCatalog(_ settings: Settings, paths: Paths, environment: [String: String]) -> ThemeCatalog {
        // --no-color is a flag, so it outranks a theme from the config file; an explicit
        // --theme or $MIGOF_THEME still wins, as NO_COLOR's own rule asks.
        let explicitTheme: Bool
        switch settings.theme.origin {
        case .flag, .environment: explicitTheme = true
        default: explicitTheme = false
        }
        let requested = noColor && !explicitTheme ? nil : settings.theme.value
        return ThemeCatalog(directories: paths.themeDirectories, requested: requested, environment: environment)
    }

    /// Not a terminal: the text the dashboard would have opened on.
    private func printReport(_ workspace: Workspace) throws {
        if let comparison = try requestedComparison(in: workspace) {
            // A deep link prints what it would have opened, as `migof compare` does.
            print(ComparisonReport(comparison: comparison, framework: workspace.framework)
                .render(.text, width: displayWidth, columns: terminalColumns), terminator: "")
        } else {
            // Exactly `migof list` (with --year when given), so the two never disagree.
            let report = ListReport(store: workspace.store, framework: workspace.framework, year: year ?? workspace.defaultYear(),
                                    onlyAssessed: year != nil, region: nil, sort: .name)
            print(report.render(.table, width: displayWidth, columns: terminalColumns), terminator: "")
        }
    }

    /// The loaded store's dashboard, run with the keys typed during the load.
    private func openDashboard(_ loaded: Result<BackgroundLoad.Opened, MigofError>, settings: Settings,
                               catalog: ThemeCatalog, backend: NcursesBackend, pending: [Event]) throws {
        let (workspace, session) = try reporting { () throws(MigofError) in try loaded.get() }
        keepUntilExit(workspace)
        defer { session?.close() }
        let code = try country.map { query in
            try reporting { () throws(MigofError) in try workspace.resolver.resolve(query).iso3 }
        }
        let comparison = try requestedComparison(in: workspace)
        let stateFile = ViewStateFile(environment: ProcessInfo.processInfo.environment)
        let remembered = stateFile.read(fresh: fresh)
        // A damaged state file is left as it is (bad input never changes on disk), so say how
        // to have views remembered again.
        let damaged = remembered.message.map { $0 + " (the file is left as it is; remove it to have views remembered)" }
        var notes = configProblems + catalog.messages + [damaged].compactMap { $0 }
        var journal: Journal.Contents?
        if let session, !session.isReadOnly {
            do {
                journal = try session.pending()
            } catch {
                // Kept, never deleted, and out of the way of the next save.
                let aside = (try? session.setAsideJournal()).map { "set aside as " + ($0 as NSString).lastPathComponent }
                notes.insert("unreadable journal \(aside ?? "left in place"): \(error.description)", at: 0)
            }
        }
        let countries = try? CountryCatalog.load(path: workspace.paths.catalog)
        var options = AppOptions(country: code, area: area, year: year, themes: catalog.themes,
                                 glyphs: Glyphs.forCurrentLocale(), message: notes.first,
                                 session: session, pendingJournal: journal, catalog: countries,
                                 keys: validBindings(settings.keys), autoAdvance: settings.autoAdvance.value,
                                 mouse: settings.mouse.value, startScreen: settings.startScreen.value,
                                 clipboardProblem: NcursesBackend.clipboardProblem(environment: ProcessInfo.processInfo.environment),
                                 reportFolder: settings.reportDir.value)
        options.headlines = workspace.headlines
        var app = App(store: workspace.store, framework: workspace.framework, storePath: workspace.paths.store, options: options)
        if let comparison {
            app.openComparison(comparison.a.country.iso3, year: comparison.a.year, with: comparison.b.country.iso3, year: comparison.b.year)
        }
        if map { app.open(screenNamed: "map") }
        if let state = remembered.state { app.restore(unnamed(state, theme: settings.theme.origin)) }
        let status = backend.restoreOnFatal { Runner.run(&app, on: backend, pending: pending) }
        backend.shutdown()
        releaseHeldMessages()
        do {
            if damaged == nil { try stateFile.write(app.viewState, storePath: workspace.paths.store) }
        } catch {
            printError("migof: \(error.description); the view is not remembered")
        }
        if let note = app.exitNote { printError(note) }
        // A read-only start may have taken the lock later, in a session of its own. Closing
        // waits for the journal's last fsync; one the disk refused is said, not swallowed.
        defer {
            if let failure = app.session?.close() {
                printError("migof: \(failure.description); the last edits before the quit were not journalled")
            }
        }
        if let session = app.session, !session.isReadOnly, app.isModified, FileManager.default.fileExists(atPath: session.journal.path) {
            printError("migof: unsaved edits are kept in \(session.journal.path); the next start offers to recover them")
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The remembered view without what the command line named: a deep link names the screen,
    /// `--year` the year, `--theme`, `$MIGOF_THEME` and `--no-color` the theme.
    private func unnamed(_ state: ViewState, theme origin: SettingOrigin) -> ViewState {
        var state = state
        if country != nil || area != nil || !compare.isEmpty || map {
            (state.screen, state.country, state.countryB, state.yearB, state.area) = (nil, nil, nil, nil, nil)
        }
        if year != nil { state.year = nil }
        switch origin {
        case .flag, .environment: state.theme = nil
        default: if noColor { state.theme = nil }
        }
        return state
    }
}
