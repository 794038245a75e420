import Foundation
import MigofApp
import MigofCore
import MigofWidgets

/// The dashboard's start: the loading frame at once, the store loading behind it.
struct DashboardStart {
    let loader: BackgroundLoad
    let outcome: StartupWait.Outcome

    /// Starts loading `paths`' store on its own thread and waits on `backend` with the
    /// loading frame until it is in or the user quits; `painted` hears of the first frame.
    static func begin(paths: Paths, user: String? = nil, backend: Backend, glyphs: Glyphs,
                      painted: () -> Void = {}) -> DashboardStart {
        let loader = BackgroundLoad(paths: paths, user: user)
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
