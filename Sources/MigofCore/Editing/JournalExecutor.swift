import Foundation

/// Where the journal's fsyncs run: in order, one at a time, off the thread that writes the
/// lines. The dashboard uses `SerialJournalExecutor`; tests inject one whose jobs run only
/// when the test says, so a test decides when a line becomes durable.
public protocol JournalExecutor: Sendable {
    /// Runs `job` later, after every job handed over before it.
    func run(_ job: @escaping @Sendable () -> Void)
    /// Returns once every job handed over so far has finished.
    func drain()
}

/// One background thread (a serial dispatch queue) for the journal's fsyncs.
public struct SerialJournalExecutor: JournalExecutor {
    private let queue: DispatchQueue

    public init(label: String = "migof.journal.fsync") {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    public func run(_ job: @escaping @Sendable () -> Void) {
        queue.async(execute: job)
    }

    public func drain() {
        // A serial queue runs this after every job queued before it.
        queue.sync {}
    }
}
