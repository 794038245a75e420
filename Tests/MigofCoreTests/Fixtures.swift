import Foundation
@testable import MigofCore

/// Shared test data: the bundled framework, catalogue and CSV, and temporary folders.
enum Fixtures {
    static let paths = Paths.resolve(environment: ["HOME": NSTemporaryDirectory()])

    /// The MGI topics framework (indicators `P1.1` …, scored 1–4): most editing and codec
    /// tests use it, since its answers are their own values.
    static let framework: Framework = {
        try! Framework.load(path: paths.frameworkDirectory + "/mgi-topics.json")
    }()

    /// The bundled default, SDG 10.7.2 (30 sub-categories `1a` … `6e`, yes/no and half answers).
    static let sdg: Framework = {
        try! Framework.load(path: paths.framework)
    }()

    static let sources: SourceCatalog = { try! SourceCatalog.load(path: paths.sourceCatalog) }()
    static let caveats: CaveatTable = { try! CaveatTable.load(path: paths.caveats) }()

    static let catalog: CountryCatalog = {
        try! CountryCatalog.load(path: paths.catalog)
    }()

    static var csvPath: String { paths.data + "/sdg-10-7-2.csv" }

    /// The store built from the bundled CSV by the importer, as `make data` does, to be
    /// used with the MGI topics framework (`framework`).
    static let importedStore: Store = imported(framework)

    /// The same under the default framework: what `make data` builds.
    static let importedSDG: Store = imported(sdg)

    static func imported(_ framework: Framework) -> Store {
        var store = Store()
        let text = try! String(contentsOfFile: csvPath, encoding: .utf8)
        _ = try! SDGImport.apply(text, path: csvPath, to: &store, framework: framework, catalog: catalog,
                                 sources: sources, caveats: caveats)
        return store
    }

    /// A fresh empty folder, removed by the caller's `defer`.
    /// The imported store saved in a fresh folder, for tests of the files around a store.
    static func savedStore() throws -> (folder: String, path: String) {
        let folder = temporaryFolder()
        let path = folder + "/store.json"
        try StoreFile(path: path).save(importedStore, framework: framework)
        return (folder, path)
    }

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "migof-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The first diagnostic of a failing parse, as text.
    static func firstError(_ text: String, framework: Framework = framework) -> String? {
        do {
            _ = try Store.parse(Array(text.utf8), path: "s.json", framework: framework)
            return nil
        } catch {
            guard case .invalid(let list) = error else { return error.description }
            return list.first?.description
        }
    }
}
