import Foundation
import MigofApp
import MigofCore
import MigofWidgets

/// The dashboard's start: the loading frame at once, the store loading behind it.
struct DashboardStart {
    let loader: BackgroundLoad
    let outcome: StartupWait.Outcome

    /// Waits on `backend` with the loading frame until `loader` (loading `paths`' store on its
    /// own thread) is done or the user quits; `painted` hears of the first frame.
    ///
    /// The caller starts `loader` before it starts the terminal: setting up ncurses takes
    /// about 10 ms, which the load would otherwise wait for (a few percent of the start at
    /// 20,000 entities, where `migof validate` starts loading at once).
    static func begin(loader: BackgroundLoad, paths: Paths, backend: Backend, glyphs: Glyphs,
                      painted: () -> Void = {}) -> DashboardStart {
        let view = LoadingView(storePath: abbreviatedPath(paths.store), progress: nil, glyphs: glyphs)
        let outcome = StartupWait.run(on: backend, view: view, progress: { loader.progress },
                                      isDone: { loader.isDone }, painted: painted)
        return DashboardStart(loader: loader, outcome: outcome)
    }

    /// `~/…` for paths under the home folder, as the status bar writes them.
    static func abbreviatedPath(_ path: String) -> String {
        guard let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
