import ArgumentParser
import Foundation
import MigofCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import published ratings, or answers.",
        subcommands: [ImportSDGCommand.self, ImportAnswersCommand.self])
}

struct ImportSDGCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdg",
        abstract: "Load SDG 10.7.2 ratings from a long CSV (iso3,country,year,domain,rating,source).",
        discussion: "Every row is checked first; nothing is written unless all rows are valid.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Check and report, but write nothing.") var dryRun = false
    @Flag(help: "When the store does not exist, start from an empty store instead of the bundled default.")
    var new = false

    func run() throws {
        let paths = global.paths
        try reporting { () throws(MigofError) in
            let framework = try Workspace.loadFramework(paths: paths)
            let catalog = try CountryCatalog.load(path: paths.catalog)
            let sources = try SourceCatalog.load(path: paths.sourceCatalog)
            let caveats = try CaveatTable.load(path: paths.caveats)
            guard let data = FileManager.default.contents(atPath: file) else { throw .notFound(path: file) }
            // A new store's folder must exist before its lock file can.
            if !dryRun {
                try? FileManager.default.createDirectory(atPath: (paths.store as NSString).deletingLastPathComponent,
                                                         withIntermediateDirectories: true)
            }
            let lock = try StoreLock.acquire(forStore: paths.store)
            defer { lock.release() }
            let storeFile = StoreFile(path: paths.store)
            var store = Store()
            let exists = FileManager.default.fileExists(atPath: paths.store)
            if exists || !new {
                if !dryRun, try storeFile.installDefault(from: paths.bundledStore) {
                    printError("migof: no store at \(paths.store); created it from the bundled default")
                }
                store = exists || !dryRun ? try storeFile.load(framework: framework)
                                          : try StoreFile(path: paths.bundledStore).load(framework: framework)
            }
            let summary = try SDGImport.apply(String(decoding: data, as: UTF8.self), path: file, to: &store,
                                              framework: framework, catalog: catalog, sources: sources, caveats: caveats)
            if !dryRun { try storeFile.save(store, framework: framework) }
            let verb = dryRun ? "would import" : "imported"
            print("\(verb) \(summary.rows) rows: \(summary.ratingsAdded) new, \(summary.ratingsChanged) changed, "
                  + "\(summary.ratingsUnchanged) unchanged; \(summary.countriesAdded.count) countries added")
        }
    }
}
