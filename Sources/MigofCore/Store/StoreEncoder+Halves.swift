import Foundation

extension StoreEncoder {
    /// Below this many entities one thread encodes: a second costs more than it saves.
    static let twoThreadsThreshold = 256
    /// Entities per batch, about 300 KB of a fully scored store.
    static let defaultBatchSize = 64

    /// The countries' members, after the opening brace. On the calling thread alone, or from
    /// `twoThreadsFrom` entities with a worker that encodes every other batch of entities:
    /// the calling thread encodes the others and writes all of them in order, so the bytes
    /// are the same, and the worker runs at most one batch ahead, so memory stays about a
    /// chunk and two batches whatever the store's size (issue 15: a save had become more
    /// than twice a load once loads used both cores).
    mutating func writeMembers<E: Error>(_ store: Store, codes: [String], chunk: Int,
                                         flush: (inout [UInt8]) throws(E) -> Void) throws(E) {
        let size = max(1, batchSize)
        guard codes.count >= twoThreadsFrom, codes.count > size, ProcessInfo.processInfo.activeProcessorCount >= 2 else {
            for (n, code) in codes.enumerated() {
                writeMember(n, code, of: store)
                if out.count >= chunk { try flush(&out) }
            }
            return
        }
        let batches = stride(from: 0, to: codes.count, by: size).map { $0..<min($0 + size, codes.count) }
        let relay = BatchRelay()
        var template = self
        template.out = []
        relay.launch { [template] in
            var encoder = template
            for batch in batches.indices where batch % 2 == 1 {
                guard relay.waitForRoom() else { return }
                encoder.out.reserveCapacity(1 << 19)
                for n in batches[batch] { encoder.writeMember(n, codes[n], of: store) }
                relay.put(encoder.out)
                encoder.out = []
            }
        }
        do throws(E) {
            for batch in batches.indices {
                if batch % 2 == 0 {
                    for n in batches[batch] {
                        writeMember(n, codes[n], of: store)
                        if out.count >= chunk { try flush(&out) }
                    }
                } else {
                    out.append(contentsOf: relay.take())
                    if out.count >= chunk { try flush(&out) }
                }
            }
        } catch {
            relay.cancel()
            throw error
        }
        relay.finish()
    }
}

/// Hands the worker's encoded batches to the writing thread one at a time.
///
/// `@unchecked Sendable`: `slot` and `cancelled` are touched only under `lock`; the
/// semaphores order the worker's `put` before the writer's `take`, and `finish`/`cancel`
/// wait for the worker to end, so it never outlives the store it reads.
final class BatchRelay: @unchecked Sendable {
    private let lock = NSLock()
    // Both start at zero: libdispatch traps when a semaphore is freed with a value below the
    // one it was made with, which a cancelled relay's `room` can be.
    private let room = DispatchSemaphore(value: 0)
    private let ready = DispatchSemaphore(value: 0)
    private let group = DispatchGroup()
    private var slot: [UInt8] = []
    private var cancelled = false

    init() {
        room.signal()
    }

    /// Runs `work` on a worker thread.
    func launch(_ work: @escaping @Sendable () -> Void) {
        DispatchQueue.global().async(group: group, execute: work)
    }

    /// The worker waits until the last batch was taken; false once the writer gave up.
    func waitForRoom() -> Bool {
        room.wait()
        return lock.withLock { !cancelled }
    }

    func put(_ bytes: [UInt8]) {
        lock.withLock { slot = bytes }
        ready.signal()
    }

    /// The next batch, once the worker has put it.
    func take() -> [UInt8] {
        ready.wait()
        let bytes = lock.withLock {
            let bytes = slot
            slot = []
            return bytes
        }
        room.signal()
        return bytes
    }

    /// Waits for the worker, which has put its last batch.
    func finish() { group.wait() }

    /// Stops the worker after its current batch and waits for it.
    func cancel() {
        lock.withLock { cancelled = true }
        room.signal()
        group.wait()
    }
}
