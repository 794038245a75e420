#if MIGOF_LIBFUZZER
import Foundation

/// The reader this fuzzing process drives, from `MIGOF_FUZZ_READER` (`make fuzz` runs one
/// process per reader, each with its own corpus).
private let fuzzedReader: FuzzReader = {
    let name = ProcessInfo.processInfo.environment["MIGOF_FUZZ_READER"] ?? ""
    guard let reader = FuzzReader(rawValue: name) else {
        FuzzData.fail("set MIGOF_FUZZ_READER to one of \(FuzzReader.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return reader
}()

/// libFuzzer's entry: one input through the chosen reader's checks. A failed check aborts,
/// so libFuzzer saves the input as a crash (`make fuzz` puts them in .build/fuzz-lib/crashes/).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let problem = fuzzedReader.check(bytes).failure {
        FileHandle.standardError.write(Data("migof-fuzz: \(fuzzedReader.rawValue): \(problem)\n".utf8))
        abort()
    }
    return 0
}
#endif
