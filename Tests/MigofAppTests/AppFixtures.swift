import Foundation
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The bundled framework and store, and helpers to drive the app headless.
enum AppFixtures {
    static let paths = Paths.resolve(environment: ["HOME": NSTemporaryDirectory()])
    /// The MGI topics framework (1–4 scores), which most app tests drive; the bundled store
    /// is imported under it from the bundled CSV, as `make data` does for the default.
    static let framework = try! Framework.load(path: paths.frameworkDirectory + "/mgi-topics.json")
    static let store: Store = {
        var store = Store()
        let csv = paths.data + "/sdg-10-7-2.csv"
        let text = try! String(contentsOfFile: csv, encoding: .utf8)
        _ = try! SDGImport.apply(text, path: csv, to: &store, framework: framework,
                                 catalog: try! CountryCatalog.load(path: paths.catalog),
                                 sources: try! SourceCatalog.load(path: paths.sourceCatalog),
                                 caveats: try! CaveatTable.load(path: paths.caveats))
        return store
    }()
    /// The bundled default framework (SDG 10.7.2) and the bundled store, as shipped.
    static let sdg = try! Framework.load(path: paths.framework)
    static let bundledStore = try! StoreFile(path: paths.bundledStore).load(framework: sdg)
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// An app on the bundled store at `size`, with a fixed store path so frames are reproducible.
    /// Auto-advance is off unless asked for: these tests walk the indicators themselves (a
    /// digit, then ↓); `AnswerKeyTests` and `FrameworkScreenTests` test the advance.
    static func app(size: Size = Size(width: 100, height: 30), options: AppOptions = AppOptions(),
                    autoAdvance: Bool = false) -> App {
        _ = TextWidth.useUTF8Locale()
        var options = options
        options.autoAdvance = autoAdvance
        var app = App(store: store, framework: framework, storePath: "/data/store.json", options: options)
        app.update(.resize(size))
        return app
    }

    static func keys(_ text: String) -> [Event] {
        text.map { .key(.char($0)) }
    }
}

extension App {
    mutating func send(_ events: [Event]) {
        for event in events { update(event) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { update(.key(key)) }
    }

    mutating func type(_ text: String) {
        send(AppFixtures.keys(text))
    }

    func screenText(_ size: Size) -> String {
        view(size: size).lines().joined(separator: "\n") + "\n"
    }
}
