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
    @Option(help: "Colour theme: dark, light, high-contrast, monochrome, colorblind, or a user theme (default: $MIGOF_THEME).")
    var theme: String?
    @Flag(help: "Ignore the mouse.") var noMouse = false
    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Open the comparison of two countries: --compare CAN DNK (or --compare CAN --compare DNK); the same country twice compares two years.",
                               valueName: "country"))
    var compare: [String] = []
    @Option(name: .customLong("year-b"), help: "With --compare: the year of side B (default: --year).") var yearB: Int?

    func run() throws {
        setlocale(LC_ALL, "")
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            let (workspace, session) = try reporting { () throws(MigofError) in
                try Workspace.openForEditing(paths: global.paths, notice: printError)
            }
            defer { session?.close() }
            try printReport(workspace)
            return
        }
        let paths = global.paths
        // The first-use copy and the framework come before the terminal: both are quick, and
        // their messages belong on the normal screen.
        let framework = try reporting { () throws(MigofError) in
            if try StoreFile(path: paths.store).installDefault(from: paths.bundledStore) {
                printError("migof: no store at \(paths.store); created it from the bundled default (SDG 10.7.2 ratings)")
            }
            return try Workspace.loadFramework(paths: paths)
        }
        if let area, framework.area(area) == nil {
            throw ValidationError("unknown area '\(area)'; areas: \(framework.areas.map(\.id).joined(separator: ", "))")
        }
        let catalog = ThemeCatalog(directories: paths.themeDirectories, requested: theme,
                                   environment: ProcessInfo.processInfo.environment)
        let backend = NcursesBackend(mouse: !noMouse, theme: catalog.themes[0])
        holdMessages()
        let start = DashboardStart.begin(paths: paths, backend: backend, glyphs: Glyphs.forCurrentLocale())
        guard case .loaded(let pending) = start.outcome else {
            // q or Ctrl-C during the load: nothing is edited yet, so nothing waits on the loading thread.
            backend.shutdown()
            releaseHeldMessages()
            if case .quit(let status) = start.outcome { Foundation.exit(status) }
            return
        }
        do {
            try openDashboard(start.loader.result, catalog: catalog, backend: backend, pending: pending)
        } catch {
            backend.shutdown()
            releaseHeldMessages()
            throw error
        }
    }

    /// Piped: the text the dashboard would have opened on.
    private func printReport(_ workspace: Workspace) throws {
        if let comparison = try requestedComparison(in: workspace) {
            // Piped, a deep link prints what it would have opened, as `migof compare` does.
            print(ComparisonReport(comparison: comparison, framework: workspace.framework).render(.text, width: displayWidth), terminator: "")
            return
        }
        let report = ListReport(store: workspace.store, framework: workspace.framework, year: year ?? workspace.defaultYear(),
                                onlyAssessed: true, region: nil, sort: .name)
        print(report.render(.table, width: displayWidth), terminator: "")
    }

    /// The loaded store's dashboard, run with the keys typed during the load.
    private func openDashboard(_ loaded: Result<BackgroundLoad.Opened, MigofError>, catalog: ThemeCatalog,
                               backend: NcursesBackend, pending: [Event]) throws {
        let (workspace, session) = try reporting { () throws(MigofError) in try loaded.get() }
        keepUntilExit(workspace)
        defer { session?.close() }
        let code = try country.map { query in
            try reporting { () throws(MigofError) in try CountryResolver(store: workspace.store).resolve(query).iso3 }
        }
        let comparison = try requestedComparison(in: workspace)
        var notes = catalog.messages
        var journal: Journal.Contents?
        if let session, !session.isReadOnly {
            do {
                journal = try session.pending()
            } catch {
                notes.insert("cannot read the journal: \(error.description); it is left untouched", at: 0)
            }
        }
        let countries = try? CountryCatalog.load(path: workspace.paths.catalog)
        let options = AppOptions(country: code, area: area, year: year, themes: catalog.themes,
                                 glyphs: Glyphs.forCurrentLocale(), message: notes.first,
                                 session: session, pendingJournal: journal, catalog: countries)
        var app = App(store: workspace.store, framework: workspace.framework, storePath: workspace.paths.store, options: options)
        if let comparison {
            app.openComparison(comparison.a.country.iso3, year: comparison.a.year, with: comparison.b.country.iso3, year: comparison.b.year)
        }
        let status = backend.restoreOnFatal { Runner.run(&app, on: backend, pending: pending) }
        backend.shutdown()
        releaseHeldMessages()
        if let note = app.exitNote { printError(note) }
        if let session, !session.isReadOnly, app.isModified, FileManager.default.fileExists(atPath: session.journal.path) {
            printError("migof: unsaved edits are kept in \(session.journal.path); the next start offers to recover them")
        }
        if status != 0 { throw ExitCode(status) }
    }
}
