import Foundation
import MigofCore

/// Opens the workspace on a thread of its own, so the dashboard can paint and read keys
/// meanwhile; the main thread polls `progress` and `isDone` and takes `result` once done.
///
/// `@unchecked Sendable`: every stored property is read and written only under `lock`, and
/// the values handed across (`LoadProgress`, `Workspace`, `EditingSession`, `MigofError`) are
/// themselves `Sendable`.
final class BackgroundLoad: @unchecked Sendable {
    typealias Opened = (workspace: Workspace, session: EditingSession?)
    private let lock = NSLock()
    private var latest: LoadProgress?
    private var outcome: Result<Opened, MigofError>?

    /// Starts loading at once; `user` names the audit trail's author.
    init(paths: Paths, user: String?) {
        // Two malloc arenas: the main one and the loading thread's. Otherwise glibc gives each
        // thread an arena of its own, grown 64 MB heap by heap with an mprotect per step (a
        // tenth of the load of 20,000 entities in `perf`; the main arena grows with brk), and
        // the model would sit in memory the main thread's later allocations cannot reuse. The
        // store's second half is decoded on a worker thread (`StoreFile.loadFast`), which then
        // shares an arena glibc finds unlocked, mostly the main one, idle while the main thread
        // only polls keys: with one arena for all, the two decoding threads queued on its lock
        // and the start at 20,000 took 1.46 × validate instead of 1.00 (issue 15).
        _ = glibcMallopt(mallocArenaMax, 2)
        let thread = Thread { [self] in
            let result = Result { () throws(MigofError) -> Opened in
                // The first-use notice was given on the main thread before the terminal started.
                try Workspace.openForEditing(paths: paths, notice: { _ in }, user: user, progress: { [self] step in
                    lock.withLock { latest = step }
                }, headlines: true)
            }
            lock.withLock { outcome = result }
        }
        // Decoding a large store wants a big stack no more than the main thread does, but the
        // default secondary-thread stack (512 KB) is smaller than the main thread's.
        thread.stackSize = 8 << 20
        thread.start()
    }

    var progress: LoadProgress? { lock.withLock { latest } }
    var isDone: Bool { lock.withLock { outcome != nil } }
    /// The workspace, or the error that stopped the load; call once `isDone`.
    var result: Result<Opened, MigofError> { lock.withLock { outcome! } }
}

/// glibc's `mallopt`, which the Glibc module does not export (`malloc.h` is not in it); its
/// C signature is `int mallopt(int, int)`, which Swift calls directly.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
/// `M_ARENA_MAX` in `malloc.h`.
private let mallocArenaMax: Int32 = -8
