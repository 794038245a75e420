import Foundation

/// A journal flusher for tests, in the spirit of NIO's embedded event loop: fsyncs queue up
/// and run only when the test calls `runAll` (or something waits for them, as a save or a
/// quit does through `drain`), and each returns what the test set in `result`, so a test
/// decides when a line becomes durable and whether the disk refuses it.
public final class ManualJournalExecutor: JournalExecutor, @unchecked Sendable {
    // @unchecked: every field is read and written under `lock`; jobs run outside it.
    private let lock = NSLock()
    private var jobs: [@Sendable () -> Void] = []
    private var results: Int32 = 0
    private var calls = 0

    public init() {}

    /// A flusher whose fsyncs wait for this executor and answer with `result`.
    public var flusher: JournalFlusher {
        JournalFlusher(executor: self, fsync: { [self] _ in lock.withLock { calls += 1; return results } })
    }

    /// What the next fsyncs return: 0, or an `errno` such as `EIO`.
    public var result: Int32 {
        get { lock.withLock { results } }
        set { lock.withLock { results = newValue } }
    }

    /// How many fsyncs ran.
    public var fsyncCalls: Int { lock.withLock { calls } }

    /// Queued jobs not yet run.
    public var pendingJobs: Int { lock.withLock { jobs.count } }

    public func run(_ job: @escaping @Sendable () -> Void) {
        lock.withLock { jobs.append(job) }
    }

    /// Waiting for the jobs runs them, in order, on the waiting thread.
    public func drain() {
        runAll()
    }

    /// Runs every queued job, in order, including any queued meanwhile.
    public func runAll() {
        while let job = lock.withLock({ jobs.isEmpty ? nil : jobs.removeFirst() }) {
            job()
        }
    }
}
