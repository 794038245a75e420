import Foundation

/// The corpus replay tool, the normal build of the fuzz harness: runs files through the same
/// checks the libFuzzer build (`make fuzz`) runs, without libFuzzer.
///
///     MigofFuzz [CORPUS]              every file of CORPUS/<reader>/ (default Tests/fuzz/corpus)
///     MigofFuzz --reader R FILE...    the given files (a crash libFuzzer saved) through reader R
///
/// Exits 0 when every check holds, 1 when one fails (each failure names its file), 2 on bad use.
enum CorpusReplay {
    static func run() -> Never {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--help" || arguments.first == "-h" {
            print("usage: MigofFuzz [CORPUS] | MigofFuzz --reader store|journal|framework|theme FILE...")
            exit(0)
        }
        var runs: [(FuzzReader, [String])] = []
        if arguments.first == "--reader" {
            guard arguments.count >= 3, let reader = FuzzReader(rawValue: arguments[1]) else {
                FuzzData.fail("--reader needs one of \(FuzzReader.allCases.map(\.rawValue).joined(separator: ", ")) and files")
            }
            arguments.removeFirst(2)
            runs = [(reader, arguments)]
        } else {
            guard arguments.count <= 1 else { FuzzData.fail("give one corpus folder, or --reader R FILE...") }
            let corpus = arguments.first ?? "Tests/fuzz/corpus"
            runs = FuzzReader.allCases.map { ($0, files(in: corpus + "/" + $0.rawValue)) }
        }
        var failures = 0
        for (reader, files) in runs {
            failures += replay(reader, files)
        }
        exit(failures == 0 ? 0 : 1)
    }

    /// Runs each file through `reader`; returns how many failed. A reader without files fails,
    /// so a corpus that went missing cannot pass unnoticed.
    static func replay(_ reader: FuzzReader, _ files: [String]) -> Int {
        guard !files.isEmpty else {
            print("\(reader.rawValue): no corpus files")
            return 1
        }
        var failures = 0, accepted = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read the file")
                failures += 1
                continue
            }
            switch reader.check([UInt8](data)) {
            case .failed(let problem):
                print("\(file): \(reader.rawValue): \(problem)")
                failures += 1
            case .accepted: accepted += 1
            case .refused: break
            }
        }
        print("\(reader.rawValue): \(files.count) inputs, \(accepted) accepted, \(files.count - accepted - failures) refused, \(failures) failed")
        return failures
    }

    /// The regular files of `folder`, sorted; none when it is missing.
    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { folder + "/" + $0 }
    }
}
