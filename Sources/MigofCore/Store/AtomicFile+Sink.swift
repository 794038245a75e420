#if canImport(Glibc)
import Glibc
#endif

extension AtomicFile {
    /// Where a streaming write puts its bytes: the temporary file, written through at once.
    public struct Sink {
        let fd: Int32
        let path: String
        /// An injected full disk: bytes past this count fail with ENOSPC.
        let limit: Int?
        /// Bytes written so far.
        public private(set) var count = 0

        /// Appends `bytes` to the file, retrying short writes and interrupted calls.
        public mutating func write(_ bytes: [UInt8]) throws(MigofError) {
            // `withUnsafeBytes` rethrows untyped errors, so the typed one is carried out by hand.
            var failure: MigofError?
            bytes.withUnsafeBytes { raw in
                do throws(MigofError) { try write(raw) } catch { failure = error }
            }
            if let failure { throw failure }
        }

        /// Appends `raw` to the file, retrying short writes and interrupted calls.
        public mutating func write(_ raw: UnsafeRawBufferPointer) throws(MigofError) {
            guard let base = raw.baseAddress else { return }
            var allowed = raw.count
            if let limit { allowed = max(0, min(allowed, limit - count)) }
            var offset = 0
            while offset < allowed {
                let written = Glibc.write(fd, base + offset, allowed - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure()
                }
                offset += written
            }
            count += offset
            if allowed < raw.count {
                errno = ENOSPC
                throw failure()
            }
        }

        private func failure() -> MigofError {
            .io(path: path, message: "write failed: \(String(cString: strerror(errno)))")
        }
    }
}
