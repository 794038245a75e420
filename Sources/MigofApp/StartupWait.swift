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
        let clock = ContinuousClock()
        var drawn = clock.now
        // The figures last read, drawn or not (the frame's own move by tens of percent).
        var latest = frame.progress
        while !isDone() {
            var redraw = false
            if let event = backend.nextEvent(timeoutMs: pollInterval(after: latest, normal: pollMs)) {
                if let status = quitStatus(for: event) { return .quit(status: status) }
                if case .resize = event { redraw = true }
                pending.append(event)
            }
            let now = progress()
            latest = now
            // Redrawn when the percentage moves, not on every entity; other figures now and then.
            if redraw || shown(now) != shown(frame.progress) || (now != frame.progress && clock.now - drawn >= slowRedraw) {
                frame.progress = now
                backend.draw(frame.view(size: backend.size))
                drawn = clock.now
            }
        }
        return .loaded(pending: pending)
    }

    /// The wait for a key after `progress`: `normal`, but 1 ms once the file is nearly all
    /// decoded (`finalStretch`), since the dashboard waits for the poll that sees the load
    /// done. At 10 ms that wait was 5 ms on average, 2 % of the start at 20,000 entities;
    /// polled every millisecond over the last 5 % (about 12 ms of decoding there), the wait
    /// is under a millisecond for a dozen more wake-ups.
    static func pollInterval(after progress: LoadProgress?, normal: Int) -> Int {
        guard let progress, progress.fraction >= finalStretch else { return normal }
        return min(normal, 1)
    }

    /// The share of the file after which the wait polls every millisecond.
    static let finalStretch = 0.95

    /// The figures that redraw the frame at once: the tens of percent, or the tens of
    /// megabytes while the size is unknown. A frame is 12,000 cells in fresh memory: drawn
    /// every hundred entities, as before, the frames were 6 % of the start's CPU at 20,000
    /// entities, taken from the loading thread on a machine of two cores.
    private static func shown(_ progress: LoadProgress?) -> [Int] {
        guard let progress else { return [] }
        return progress.fraction > 0 ? [Int(progress.fraction * 10)] : [progress.bytes / (10 << 20)]
    }

    /// Any other change of the figures (the bar between tens, the entities of a stalled
    /// load) is drawn once this long has passed since the last frame: ten frames a second.
    static let slowRedraw = Duration.milliseconds(100)
}
