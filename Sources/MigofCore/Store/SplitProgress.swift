import Foundation

/// One progress for a store decoded in two halves: bytes and entities of both added up,
/// told to the caller's `progress` from either thread, one call at a time.
///
/// `@unchecked Sendable`: every stored property is read and written under `lock`, and
/// `progress` is called under it, so the caller's closure never runs on two threads at once.
final class SplitProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let totalBytes: Int
    private let split: Int?
    private let progress: ((LoadProgress) -> Void)?
    private var firstOffset = 0, firstEntities = 0
    private var secondOffset: Int, secondEntities = 0
    private var stalled = false

    init(totalBytes: Int, split: Int?, progress: ((LoadProgress) -> Void)?) {
        self.totalBytes = totalBytes
        self.split = split
        self.progress = progress
        secondOffset = split ?? 0
    }

    /// The first decoder is at `offset` with `entities` read; past the split, the halves
    /// are joined and its figures are the whole store's.
    func first(offset: Int, entities: Int) {
        guard progress != nil || TestFault.isStallRequested else { return }
        lock.withLock {
            firstOffset = offset
            firstEntities = entities
            tell()
        }
    }

    func second(offset: Int, entities: Int) {
        guard progress != nil || TestFault.isStallRequested else { return }
        lock.withLock {
            secondOffset = offset
            secondEntities = entities
            tell()
        }
    }

    private func tell() {
        let step: LoadProgress
        if let split, firstOffset < split {
            step = LoadProgress(bytes: firstOffset + secondOffset - split, totalBytes: totalBytes,
                                entities: firstEntities + secondEntities)
        } else {
            step = LoadProgress(bytes: firstOffset, totalBytes: totalBytes, entities: firstEntities)
        }
        progress?(step)
        // The tests' hung disk: held under the lock, so the other half stops at its next step too.
        if !stalled, step.entities >= 100 {
            stalled = true
            TestFault.stall("load-entity-100")
        }
    }
}
