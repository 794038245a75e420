import MigofWidgets

/// Drives an `App` with a backend: draw, wait for an event, update, draw again.
///
/// Every event passes through `step`, the one place the loop handles events, so the real
/// terminal and the tests' `TestBackend` run the same code.
public enum Runner {
    /// Runs until the app quits; returns the exit status. `pending` are events that came
    /// before the app existed (keys typed while the store loaded), applied first, in order.
    public static func run(_ app: inout App, on backend: Backend, timeoutMs: Int = 1000, pending: [Event] = []) -> Int32 {
        app.update(.resize(backend.size))
        for event in pending where !app.quitRequested {
            app.update(event)
        }
        if app.quitRequested { return app.exitStatus }
        var theme = app.theme
        backend.setTheme(theme)
        backend.draw(app.view(size: backend.size))
        while !app.quitRequested {
            // With work pending (a search under way), look for a key without waiting, and
            // do a step of the work only when none came: a key always goes first. While an
            // edit waits for its journal fsync, look often, to show it done at once.
            let busy = app.hasPendingWork
            let wait = busy ? 0 : app.isJournalling ? min(timeoutMs, journalPollMs) : timeoutMs
            let event = backend.nextEvent(timeoutMs: wait)
            settle(&app, on: backend, theme: &theme)
            guard let event else {
                if busy {
                    idle(&app, on: backend)
                    continue
                }
                // A backend with nothing left to deliver (a test's) ends the run, once the journal is done.
                if backend.isExhausted, !app.isJournalling { break }
                continue
            }
            step(&app, event, on: backend, theme: &theme)
        }
        return app.exitStatus
    }

    /// One step of the app's pending work, and the frame it leads to.
    public static func idle(_ app: inout App, on backend: Backend) {
        app.idle()
        backend.draw(app.view(size: backend.size))
    }

    /// How often the loop looks at a pending journal fsync, in milliseconds.
    static let journalPollMs = 2

    /// Draws the frame that shows what the journal's fsyncs did since the last look (an edit
    /// now done, or taken back after a failed fsync); draws nothing when they changed nothing.
    public static func settle(_ app: inout App, on backend: Backend, theme: inout Theme) {
        guard app.settleJournal() else { return }
        if app.theme != theme {
            theme = app.theme
            backend.setTheme(theme)
        }
        backend.draw(app.view(size: backend.size))
    }

    /// Applies one event and draws the frame it leads to (none once the app quits).
    public static func step(_ app: inout App, _ event: Event, on backend: Backend, theme: inout Theme) {
        app.update(event)
        if let text = app.takeClipboard() { backend.copy(text) }
        guard !app.quitRequested else { return }
        if app.theme != theme {
            theme = app.theme
            backend.setTheme(theme)
        }
        backend.draw(app.view(size: backend.size))
    }
}
