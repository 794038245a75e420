#if canImport(Glibc)
import Glibc
#endif

/// How the journal makes its lines durable: where the fsync runs and the call itself, both
/// injectable so a test can hold an fsync back, or make it fail as a dying disk would.
public struct JournalFlusher: Sendable {
    public var executor: any JournalExecutor
    /// Flushes a descriptor; returns 0, or the `errno` of a failure (EIO, ENOSPC).
    public var fsync: @Sendable (Int32) -> Int32

    public init(executor: any JournalExecutor, fsync: @escaping @Sendable (Int32) -> Int32 = JournalFlusher.systemFsync) {
        self.executor = executor
        self.fsync = fsync
    }

    /// A background thread of its own and the real `fsync(2)`.
    public static func background() -> JournalFlusher {
        JournalFlusher(executor: SerialJournalExecutor())
    }

    /// `fsync(2)`, its failure as an `errno` value.
    public static let systemFsync: @Sendable (Int32) -> Int32 = { descriptor in
        Glibc.fsync(descriptor) == 0 ? 0 : errno
    }
}
