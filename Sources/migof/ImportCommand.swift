import ArgumentParser
import Foundation
import MigofCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import published ratings.", subcommands: [ImportSDGCommand.self])
}

struct ImportSDGCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdg",
        abstract: "Load SDG 10.7.2 ratings from a long CSV (iso3,country,year,domain,rating,source).",
        discussion: """
            Every row is checked first; nothing is written unless all rows are valid. A store whose journal \
            holds unsaved dashboard edits is refused (exit 69) until `migof recover` has run.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Check and report, but write nothing.") var dryRun = false
    @Flag(help: "When the store does not exist, start from an empty store (without it, only the default store is created, from the bundled default).")
    var new = false

    func run() throws {
        try reporting { () throws(MigofError) in
            let paths = try global.paths.followingStoreLink()
            let framework = try Framework.load(path: paths.framework)
            let catalog = try CountryCatalog.load(path: paths.catalog)
            let data = try SideFile.read(file, limit: SideFile.maximumSideBytes)
            try Workspace.requireStore(paths, create: new)
            if !dryRun { try StoreFile(path: paths.store).ensureFolder() }
            let session = EditingSession(storePath: paths.store, framework: framework)
            defer { session.close() }
            guard !session.isReadOnly else { throw session.readOnlyError }
            // The import rewrites whole countries; journalled edits made against the old store
            // would no longer fit it, so they are recovered (or set aside) first.
            let pending = try session.pending()
            guard pending.entries.isEmpty else { throw .pendingJournal(path: session.journal.path, edits: pending.entries.count) }
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
                                              framework: framework, catalog: catalog)
            if !dryRun { try storeFile.save(store, framework: framework) }
            let verb = dryRun ? "would import" : "imported"
            print("\(verb) \(summary.rows) rows: \(summary.ratingsAdded) new, \(summary.ratingsChanged) changed, "
                  + "\(summary.ratingsUnchanged) unchanged; \(summary.countriesAdded.count) countries added")
        }
    }
}
