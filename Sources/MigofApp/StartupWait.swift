import MigofCore
import MigofWidgets

/// The dashboard's first moments: the loading frame is painted at once and kept current
/// while the store loads on another thread, keys typed meanwhile are kept for the dashboard,
/// and `q`, Ctrl-C or a terminating signal end the program at once, load or no load.
public enum StartupWait {
    /// How the wait ended.
    public enum Outcome: Equatable, Sendable {
        /// The store is in; these events, in order, are the dashboard's first.
        case loaded(pending: [Event])
        /// Quit during the load, with this exit status.
        case quit(status: Int32)
    }

    /// What a key or event typed during the load does.
    public static func quitStatus(for event: Event) -> Int32? {
        switch event {
        case .key(.char("q")): return 0
        case .key(.ctrl("c")): return 130
        case .signal(let number): return 128 + number
        default: return nil
        }
    }

    /// Paints `view` (calling `painted` after the first frame), then waits, redrawing when the
    /// progress or the size changes, until `isDone` says the store is in. `progress` and
    /// `isDone` are read from this thread while the loading thread advances them. The wait
    /// for a key is short (`pollMs`), because the dashboard is drawn only when it next ends:
    /// at 40 ms that was 5 % of the load of 20,000 entities, at 10 ms it is a wake-up that
    /// costs microseconds.
    public static func run(on backend: Backend, view: LoadingView, progress: () -> LoadProgress?,
                           isDone: () -> Bool, painted: () -> Void = {}, pollMs: Int = 10) -> Outcome {
        var frame = view
        frame.progress = progress()
        backend.draw(frame.view(size: backend.size))
        painted()
        var pending: [Event] = []
        while !isDone() {
            var redraw = false
            if let event = backend.nextEvent(timeoutMs: pollMs) {
                if let status = quitStatus(for: event) { return .quit(status: status) }
                if case .resize = event { redraw = true }
                pending.append(event)
            }
            let now = progress()
            // Redrawn only when the figures shown would change, not on every entity.
            if redraw || shown(now) != shown(frame.progress) {
                frame.progress = now
                backend.draw(frame.view(size: backend.size))
            }
        }
        return .loaded(pending: pending)
    }

    /// The part of a progress the frame shows: percent and thousands of entities.
    private static func shown(_ progress: LoadProgress?) -> [Int] {
        guard let progress else { return [] }
        return [Int(progress.fraction * 100), progress.bytes >> 20, progress.entities / 100]
    }
}
