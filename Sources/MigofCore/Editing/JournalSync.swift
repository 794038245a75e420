import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journal's group commit: the caller writes each line at once (so a crash or `kill -9`
/// right after still leaves it in the kernel's page cache) and asks for an fsync; the
/// flusher's serial thread runs them, and one fsync covers every line written before it
/// began. Lines are counted from the first one this process wrote; `durable` says how many
/// of them have reached the disk.
final class JournalSync: @unchecked Sendable {
    // @unchecked: every mutable field is read and written under `lock`, by the writing thread
    // and by the flusher's thread; `flusher` and `folder` never change.
    /// What the background flushes have achieved so far.
    struct Progress: Equatable {
        /// Lines written so far (the last line's number).
        var written: Int
        /// Lines known to be on disk.
        var durable: Int
        /// The file's length after the last durable line, where a failed flush is cut back to.
        var durableLength: off_t
        /// The `errno` of a failed flush, until `recover` is called; later flushes wait.
        var failure: Int32?
    }

    let flusher: JournalFlusher
    /// The journal's path; its folder is flushed after the file is created.
    private let path: String
    private let lock = NSLock()
    private var state = Progress(written: 0, durable: 0, durableLength: 0, failure: nil)
    private var writtenLength: off_t = 0
    private var folderPending = false

    init(flusher: JournalFlusher, path: String) {
        self.flusher = flusher
        self.path = path
    }

    var progress: Progress { lock.withLock { state } }

    /// A descriptor was opened on a file of `length` bytes already there: they count as
    /// durable (this process did not write them). `created` also flushes the folder, so the
    /// new name survives a power cut too.
    func opened(length: off_t, created: Bool) {
        lock.withLock {
            writtenLength = length
            state.durableLength = length
            folderPending = created
        }
    }

    /// A line was written, ending the file at `length`; its fsync is queued. Returns its number.
    func wrote(length: off_t, descriptor: Int32) -> Int {
        let line = lock.withLock {
            state.written += 1
            writtenLength = length
            return state.written
        }
        flusher.executor.run { [self] in flush(descriptor) }
        return line
    }

    /// Waits for every queued fsync.
    func drain() {
        flusher.executor.drain()
    }

    /// After a failed flush was cut back out of the file: the lines after the last durable
    /// one are gone, and flushing resumes.
    func recover() {
        lock.withLock {
            // The lines cut out count as settled, so line numbers are never given out twice.
            state.durable = state.written
            writtenLength = state.durableLength
            state.failure = nil
        }
    }

    /// One flush on the background thread: every line written so far, in one fsync.
    private func flush(_ descriptor: Int32) {
        let target: (lines: Int, length: off_t, folder: Bool)? = lock.withLock {
            // Already covered by an earlier flush (group commit), or waiting on a failure.
            guard state.failure == nil, state.durable < state.written else { return nil }
            defer { folderPending = false }
            return (state.written, writtenLength, folderPending)
        }
        guard let target else { return }
        TestFault.stall("journal-fsync")
        let result = flusher.fsync(descriptor)
        if result == 0, target.folder { SideFile.syncFolder(of: path) }
        lock.withLock {
            if result == 0 {
                state.durable = max(state.durable, target.lines)
                state.durableLength = max(state.durableLength, target.length)
            } else {
                state.failure = result
                if target.folder { folderPending = true }
            }
        }
    }
}
