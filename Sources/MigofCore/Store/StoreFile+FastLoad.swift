import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension StoreFile {
    /// Below this size one thread decodes: starting a second costs more than it saves.
    public static let twoThreadsThreshold = 2 << 20
    /// How far ahead of the decoder the file is read.
    static let readAhead = 8 << 20

    /// The fast path of `load`, or nil to take the checked path.
    ///
    /// A large store's countries are decoded on two threads, from its start and from an
    /// entity's key near its middle (`StoreFastDecoder.SecondHalf`): the load's CPU time is
    /// nearly all decoding, so two cores take it to about half. When the halves cannot be
    /// joined (the guessed split was not an entity's key, or the file has an error) the file
    /// is decoded again on one thread, which decides as before.
    func loadFast(framework: Framework, progress: ((LoadProgress) -> Void)?,
                  headlines: Bool) throws(MigofError) -> (store: Store, headlines: StoreHeadlines?)? {
        let fd = try openForReading()
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        // Anonymous memory rather than a mapping of the file: nothing another process does to
        // the file can fault it, and its pages can be released while decoding.
        guard let base = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              base != MAP_FAILED else { return nil }
        defer { munmap(base, size) }
        // Huge pages where the system offers them: reading a file into fresh memory page by
        // page was a fifth of the load of 2,000 entities in `perf` (a fault, a charge and a
        // zeroing per 4 KB); in 2 MB pages that is one per 512. Pages are given back 2 MB at
        // a time, aligned, so none is split.
        _ = madvise(base, size, MADV_HUGEPAGE)
        let twoCores = ProcessInfo.processInfo.activeProcessorCount >= 2
        if size >= twoThreadsFrom, twoCores, let split = Self.split(fd: fd, size: size),
           let loaded = decodeFast(fd: fd, base: base, size: size, split: split, framework: framework,
                                   progress: progress, headlines: headlines) {
            return loaded
        }
        return decodeFast(fd: fd, base: base, size: size, split: nil, framework: framework,
                          progress: progress, headlines: headlines)
    }

    /// One fast decode of the file into `base`, the countries split at `split` when given.
    ///
    /// The file is read just ahead of each decoder, as the pages behind it are given back,
    /// so the whole file is never resident at once. Bytes not read yet are zeros, which no
    /// valid store holds: a decoder that outran the reading (an entity over `readAhead`, a
    /// file that shrank) fails, and the checked path decides.
    private func decodeFast(fd: Int32, base: UnsafeMutableRawPointer, size: Int, split: Int?, framework: Framework,
                            progress: ((LoadProgress) -> Void)?, headlines: Bool) -> (store: Store, headlines: StoreHeadlines?)? {
        let whole = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
        let first = ReadWindow(fd: fd, base: base, range: 0..<(split ?? size), readAhead: Self.readAhead)
        let second = split.map { ReadWindow(fd: fd, base: base, range: $0..<size, readAhead: Self.readAhead) }
        let report = SplitProgress(totalBytes: size, split: split, progress: progress)
        first.fill(upTo: Self.readAhead)
        let plan = split.map { split in
            StoreFastDecoder.SecondHalf(whole: whole, split: split, start: { second!.fill(upTo: split + Self.readAhead) },
                                        progress: { offset, entities in
                                            report.second(offset: offset, entities: entities)
                                            second!.advance(to: offset)
                                        })
        }
        let decoded = StoreFastDecoder.decode(UnsafeBufferPointer(rebasing: whole[0..<(split ?? size)]), framework: framework,
                                              progress: { offset, entities in
            report.first(offset: offset, entities: entities)
            // Past the split once the halves are joined: what follows the countries is in
            // the second window, which only this thread reads from then on.
            if let second, offset >= second.range.lowerBound { second.advance(to: offset) } else { first.advance(to: offset) }
        }, headlines: headlines, secondHalf: plan)
        var probe: UInt8 = 0
        // Every byte was read, and the file did not grow while it was.
        guard decoded != nil, first.isComplete, second?.isComplete ?? true, pread(fd, &probe, 1, off_t(size)) == 0 else { return nil }
        return decoded
    }

    /// Where a second decoder can start: the first entity key after the middle of the file
    /// on a line of its own, as migof writes stores (`\n    "CODE": {`), within a megabyte;
    /// nil when there is none (another layout: one thread decodes).
    static func split(fd: Int32, size: Int) -> Int? {
        let from = size / 2
        let length = min(size - from, 1 << 20)
        guard length > 6 else { return nil }
        var chunk = [UInt8](repeating: 0, count: length)
        let got = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, length, off_t(from)) }
        guard got > 6 else { return nil }
        let space = UInt8(ascii: " ")
        var k = 0
        while k + 6 <= got {
            if chunk[k] == UInt8(ascii: "\n"), chunk[k + 1] == space, chunk[k + 2] == space, chunk[k + 3] == space,
               chunk[k + 4] == space, chunk[k + 5] == UInt8(ascii: "\"") {
                return from + k + 5
            }
            k += 1
        }
        return nil
    }
}
