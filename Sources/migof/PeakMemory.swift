import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process's peak resident memory so far (`VmHWM` of `/proc/self/status`), in bytes;
/// nil where the kernel does not report it.
func peakResidentBytes() -> Int? {
    // Read with read(2): /proc files report a size of 0, which file APIs that trust the size take at its word.
    let fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count <= 0 { break }
        bytes += chunk[0..<count]
    }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
        return kilobytes.map { $0 * 1024 }
    }
    return nil
}

/// Milliseconds since an arbitrary fixed point, for the hidden benchmark commands.
func milliseconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000
}
