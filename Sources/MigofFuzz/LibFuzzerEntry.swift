#if MIGOF_LIBFUZZER
import CFuzzer
import Foundation

/// Runs libFuzzer on the reader `MIGOF_FUZZ_READER` names (`make fuzz` runs one process per
/// reader, each with its own corpus); libFuzzer's own options come from the command line.
enum LibFuzzer {
    static func run() -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        _ = fuzzedReader
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}

/// The reader this process drives, read once, before the first input.
private let fuzzedReader: FuzzReader = {
    let name = ProcessInfo.processInfo.environment["MIGOF_FUZZ_READER"] ?? ""
    guard let reader = FuzzReader(rawValue: name) else {
        FuzzData.fail("set MIGOF_FUZZ_READER to one of \(FuzzReader.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return reader
}()

/// One input through the reader's checks. A failed check aborts, so libFuzzer saves the input
/// as a crash (`make fuzz` puts them in .build/fuzz-lib/crashes/<reader>/).
private func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let problem = fuzzedReader.check(bytes).failure {
        FileHandle.standardError.write(Data("migof-fuzz: \(fuzzedReader.rawValue): \(problem)\n".utf8))
        abort()
    }
    return 0
}
#endif
