import MigofWidgets

/// Drives an `App` with a backend: draw, wait for an event, update, draw again.
public enum Runner {
    /// Runs until the app quits; returns the exit status. `pending` are events that came
    /// before the app existed (keys typed while the store loaded), applied first, in order.
    public static func run(_ app: inout App, on backend: Backend, pending: [Event] = []) -> Int32 {
        app.update(.resize(backend.size))
        for event in pending where !app.quitRequested {
            app.update(event)
        }
        if app.quitRequested { return app.exitStatus }
        var theme = app.theme
        backend.setTheme(theme)
        backend.draw(app.view(size: backend.size))
        while !app.quitRequested {
            guard let event = backend.nextEvent(timeoutMs: 1000) else { continue }
            app.update(event)
            if app.quitRequested { break }
            if app.theme != theme {
                theme = app.theme
                backend.setTheme(theme)
            }
            backend.draw(app.view(size: backend.size))
        }
        return app.exitStatus
    }
}
