import ArgumentParser
import Foundation
import MigofCore

/// Hidden: run by `make bench`; times loading and saving one store in-process, so the two
/// figures compare like with like (no process start in either).
struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store", abstract: "Time load (read + validate) and save (atomic, fsync) of a store.",
        shouldDisplay: false)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Timed runs of each, after one warm-up.") var runs = 7
    @Option(help: "Write results here as JSON.") var out: String

    func run() throws {
        let paths = global.paths
        try reporting { () throws(MigofError) in
            let framework = try Workspace.loadFramework(paths: paths)
            let file = StoreFile(path: paths.store)
            var store: Store? = nil
            var loads: [Double] = []
            for run in 0...runs {
                // Free the previous copy before the clock starts: freeing is not loading.
                store = nil
                let start = milliseconds()
                let loaded = try file.load(framework: framework)
                if run > 0 { loads.append(milliseconds() - start) }
                store = loaded
            }
            guard let store else { return }
            var saves: [Double] = []
            for run in 0...runs {
                let start = milliseconds()
                let lock = try StoreLock.acquire(forStore: paths.store)
                try file.save(store, framework: framework)
                lock.release()
                if run > 0 { saves.append(milliseconds() - start) }
            }
            let text = "{\"loadMs\": [\(loads.map { String(format: "%.3f", $0) }.joined(separator: ","))], "
                + "\"saveMs\": [\(saves.map { String(format: "%.3f", $0) }.joined(separator: ","))]}\n"
            guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
                throw .io(path: out, message: "cannot write the results")
            }
        }
    }
}
