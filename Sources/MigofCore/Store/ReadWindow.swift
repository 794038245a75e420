#if canImport(Glibc)
import Glibc
#endif

/// One part of a file read into memory just ahead of the decoder that reads it, the pages
/// behind the decoder given back to the system as it moves on.
///
/// `@unchecked Sendable`: a window belongs to one decoder's thread at a time. The second
/// decoder's window is used by its thread until that thread is joined (a `DispatchGroup`
/// wait), and by the first decoder's thread only after that.
final class ReadWindow: @unchecked Sendable {
    let range: Range<Int>
    private let fd: Int32
    private let base: UnsafeMutableRawPointer
    private let readAhead: Int
    /// What is given back at a time: a huge page, so none is split (see `StoreFile.loadFast`).
    private let page = 2 << 20
    private var filled: Int
    /// Pages below this have been given back; a page the window shares with the one before
    /// it is never given back by this one.
    private var released: Int
    private var failed = false

    init(fd: Int32, base: UnsafeMutableRawPointer, range: Range<Int>, readAhead: Int) {
        self.fd = fd
        self.base = base
        self.range = range
        self.readAhead = readAhead
        filled = range.lowerBound
        released = (range.lowerBound + page - 1) / page * page
    }

    /// Every byte of the range was read.
    var isComplete: Bool { filled == range.upperBound && !failed }

    /// Reads the range up to `wanted`.
    func fill(upTo wanted: Int) {
        let target = min(range.upperBound, wanted)
        while filled < target, !failed {
            let got = pread(fd, base + filled, target - filled, off_t(filled))
            if got < 0, errno == EINTR { continue }
            if got <= 0 { failed = true } else { filled += got }
        }
    }

    /// The decoder is at `offset`: reads on when less than half the read-ahead is left, in
    /// steps of half the window rather than a read per entity, and gives back the pages
    /// behind, 2 MB at a time.
    func advance(to offset: Int) {
        if filled - offset < readAhead / 2 { fill(upTo: offset + readAhead) }
        // The last page of the range may hold the next window's first bytes: never given back here.
        let upTo = min(offset, range.upperBound) / page * page
        guard upTo > released else { return }
        _ = madvise(base + released, upTo - released, MADV_DONTNEED)
        released = upTo
    }
}
