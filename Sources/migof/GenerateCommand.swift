import ArgumentParser
import Foundation
import MigofCore

/// `migof generate`: a synthetic store of any size, for benchmarks and stress tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic store (\"Synthland 00042\", key S00042) with every indicator scored and noted.",
        discussion: "The same seed always gives a byte-identical file. Published ratings carry the source \"synthetic\".")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many entities.") var entities: Int
    @Option(help: "Assessment rounds per entity, two years apart, the last in 2021.") var years = 2
    @Option(help: "Seed of the random draws.") var seed: UInt64 = 1
    @Option(help: "The store file to write.") var out: String
    @Flag(help: "Replace --out when it already exists.") var force = false

    func run() throws {
        let recipe = SyntheticStore(entities: entities, years: years, seed: seed)
        if let problem = recipe.problem { usageError(problem) }
        try reporting { () throws(MigofError) in
            guard force || !FileManager.default.fileExists(atPath: out) else {
                throw .unknown("\(out) already exists; pass --force to replace it")
            }
            // The chosen framework, else the one --out records (when replacing it), else the
            // default: never the one of whatever store happens to be in use.
            let framework = try Workspace.loadFramework(paths: Paths.resolve(storeOption: out, frameworkOption: global.framework))
            // Streamed like a save, so 100,000 entities never hold the whole file in memory.
            let written = try StoreFile(path: out).save(keepUntilExit(recipe.make(framework: framework)), framework: framework,
                                                        keepBackup: false)
            print("\(out): \(entities) entities, years \(recipe.assessmentYears.map(String.init).joined(separator: ", ")), "
                  + "\(written) bytes")
        }
    }
}
