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
            Every row is checked first; nothing is written unless all rows are valid. Codes and domains \
            are read in any case (can, d1, D01, OVERALL), ratings as whole numbers (3 or 3.0), and a UTF-8 \
            byte order mark is skipped. Every rating set and country added is recorded in the audit trail.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "List every change (CAN 2021 D1: 3 → 1 (source …)), but write nothing.") var dryRun = false
    @Flag(help: "When the store does not exist, start from an empty store instead of the bundled default.")
    var new = false

    func run() throws {
        let paths = global.paths
        try reporting { () throws(MigofError) in
            let framework = try Framework.load(path: paths.framework)
            let catalog = try CountryCatalog.load(path: paths.catalog)
            guard let data = FileManager.default.contents(atPath: file) else { throw .notFound(path: file) }
            // A dry run writes nothing, so it needs no lock (nor a folder to put one in).
            if !dryRun { try createFolder(of: paths.store) }
            let lock = dryRun ? nil : try StoreLock.acquire(forStore: paths.store)
            defer { lock?.release() }
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
            let summary = try SDGImport.apply(String(decoding: data, as: UTF8.self), path: file, to: &store,
                                              framework: framework, catalog: catalog)
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

    /// The store's folder, which a first import into a new location needs for its lock file.
    private func createFolder(of store: String) throws(MigofError) {
        let folder = (store as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder, message: "cannot create the folder")
        }
    }
}
