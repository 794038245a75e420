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
        // One malloc arena for every thread. Otherwise glibc gives the loading thread an arena
        // of its own, grown 64 MB heap by heap with an mprotect per step: a tenth of the load
        // of 20,000 entities in `perf` (the main thread's arena grows with brk), and the model
        // would sit in memory the main thread's later allocations cannot reuse. Only the
        // loading thread allocates while it runs, so one arena's lock is never contended.
        _ = glibcMallopt(mallocArenaMax, 1)
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
