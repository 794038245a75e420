import Foundation
import MigofCore

/// The loading progress of a CLI command, on one line of stderr, rewritten in place.
///
/// Shown only when stderr is a terminal (a script's stderr keeps nothing but errors), only
/// once the load has taken `delay` seconds (a small store stays silent), and at most every
/// `interval` seconds; the line is erased when the load ends.
final class StderrProgress {
    private let label: String
    private let delay: Double
    private let interval: Double
    private let write: (String) -> Void
    private let clock: () -> Double
    private let start: Double
    private var lastShown: Double?

    /// `write` and `clock` are the terminal and the time, replaceable to test the rate limit.
    init(label: String, delay: Double = 0.5, interval: Double = 0.1,
         write: @escaping (String) -> Void, clock: @escaping () -> Double) {
        self.label = label
        self.delay = delay
        self.interval = interval
        self.write = write
        self.clock = clock
        start = clock()
    }

    /// A reporter for loading `path`, or nil when stderr is not a terminal.
    /// `MIGOF_PROGRESS_AFTER` (seconds) replaces the half-second delay, for the end-to-end tests.
    static func forLoading(_ path: String) -> StderrProgress? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let delay = ProcessInfo.processInfo.environment["MIGOF_PROGRESS_AFTER"].flatMap(Double.init) ?? 0.5
        return StderrProgress(label: "migof: loading " + (path as NSString).lastPathComponent, delay: delay,
                              write: { FileHandle.standardError.write(Data($0.utf8)) }, clock: monotonicSeconds)
    }

    /// Called after each entity: shows the progress when it is due.
    func report(_ progress: LoadProgress) {
        let now = clock()
        guard now - start >= delay else { return }
        if let lastShown, now - lastShown < interval { return }
        lastShown = now
        let percent = Int(progress.fraction * 100)
        write("\r\u{1B}[K\(label): \(percent)% (\(progress.text))")
    }

    /// Erases the line, if one was shown.
    func finish() {
        if lastShown != nil { write("\r\u{1B}[K") }
        lastShown = nil
    }
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
