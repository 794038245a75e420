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
        discussion: """
            Every row is checked first; nothing is written unless all rows are valid. Codes and domains \
            are read in any case (can, d1, D01, OVERALL), ratings as whole numbers (3 or 3.0), and a UTF-8 \
            byte order mark is skipped. Every rating set and country added is recorded in the audit trail. \
            A store whose journal holds unsaved dashboard edits is refused (exit 69) until `migof recover` has run.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "List every change (CAN 2021 D1: 3 → 1 (source …)), but write nothing.") var dryRun = false
    @Flag(help: "When the store does not exist, start from an empty store (without it, only the default store is created, from the bundled default).")
    var new = false

    func run() throws {
        try reporting { () throws(MigofError) in
            let paths = try global.paths.followingStoreLink()
            let framework = try Workspace.loadFramework(paths: paths)
            let catalog = try CountryCatalog.load(path: paths.catalog)
            let sources = try SourceCatalog.load(path: paths.sourceCatalog)
            let caveats = try CaveatTable.load(path: paths.caveats)
            let data = try SideFile.read(file, limit: SideFile.maximumSideBytes)
            try Workspace.requireStore(paths, create: new)
            // A dry run writes nothing, so it needs no lock (nor a folder to put one in).
            let session = dryRun ? nil : try openSession(paths.store, framework: framework)
            defer { session?.close() }
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
            let before = store
            let summary = try SDGImport.apply(try CSVReader.checkedText([UInt8](data), path: file), path: file, to: &store,
                                              framework: framework, catalog: catalog, sources: sources, caveats: caveats)
            for warning in summary.warnings { printError("migof: warning: \(warning)") }
            if dryRun {
                for code in summary.countriesAdded { print("\(code): new country, \(catalog.countries[code]?.name ?? code)") }
                for change in summary.changes { print(change.description) }
            } else {
                // A store the import creates from nothing starts its history here (and stays the
                // byte-identical build of `make data`); every change to an existing store is audited.
                if exists || !new {
                    let touched = Set(summary.countriesAdded + summary.changes.map(\.iso3))
                    store.audit += AuditEntry.changes(from: before, to: store, countries: touched, framework: framework,
                                                      time: Journal.timestamp(Date()), user: global.auditUser)
                }
                try storeFile.save(store, framework: framework)
            }
            print(summary.line(dryRun: dryRun))
        }
    }

    /// The editing session a real import writes under: the lock, and the refusal of a store whose
    /// journal holds edits, since the import rewrites whole countries and those edits would no
    /// longer fit the store (they are recovered, or set aside, first).
    private func openSession(_ store: String, framework: Framework) throws(MigofError) -> EditingSession {
        try StoreFile(path: store).ensureFolder()
        let session = EditingSession(storePath: store, framework: framework)
        guard !session.isReadOnly else { throw session.readOnlyError }
        let pending = try session.pending()
        guard pending.entries.isEmpty else {
            session.close()
            throw .pendingJournal(path: session.journal.path, edits: pending.entries.count)
        }
        return session
    }
}
