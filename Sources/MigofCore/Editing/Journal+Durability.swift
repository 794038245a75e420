import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Journal {
    /// How far the background fsyncs got, counted in lines this process wrote.
    public struct Durability: Sendable, Equatable {
        /// The number of the last line written.
        public var written: Int
        /// Lines `1...durable` are on disk.
        public var durable: Int
        /// A flush the disk refused (EIO, ENOSPC), said as a failed write is; lines after
        /// `durable` may be lost. Cleared by `cutBackUndurable`.
        public var failure: MigofError?

        /// True while a written line still waits for its fsync.
        public var isPending: Bool { failure == nil && durable < written }
    }

    /// The number of the last line written (an edit's, once `append` returns).
    public var lastLine: Int { sync.progress.written }

    /// Where the background fsyncs are; `wait` first waits for every queued one.
    public func durability(wait: Bool = false) -> Durability {
        if wait { sync.drain() }
        let progress = sync.progress
        return Durability(written: progress.written, durable: progress.durable,
                          failure: progress.failure.map { flushFailure($0) })
    }

    /// After a failed flush: cuts the file back to its last durable line, so the journal
    /// holds exactly what reached the disk and later lines never follow a lost one, and lets
    /// flushing resume. Returns the number of the last durable line; the lines after it are gone.
    @discardableResult
    public func cutBackUndurable() -> Int {
        sync.drain()
        let progress = sync.progress
        guard progress.failure != nil else { return progress.written }
        if progress.durableLength == 0 {
            // Not even the header reached the disk: remove the file, so the next edit
            // creates it afresh, header first.
            discardFile()
        } else if descriptor >= 0 {
            goodLength = progress.durableLength
            try? cutBack()
        }
        sync.recover()
        return progress.durable
    }

    /// Waits until every line written so far is on disk; a failed flush is cut back out of
    /// the journal and thrown, as a failed write is.
    func flushNow() throws(MigofError) {
        let state = durability(wait: true)
        if let failure = state.failure {
            cutBackUndurable()
            throw failure
        }
    }

    private func flushFailure(_ code: Int32) -> MigofError {
        .io(path: path, message: "cannot flush the journal: \(String(cString: strerror(code)))")
    }

    /// UTC ISO 8601 with seconds: `2026-11-29T02:47:00Z`.
    public static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    func failure(_ what: String) -> MigofError {
        .io(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
