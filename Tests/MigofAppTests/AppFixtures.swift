import Foundation
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The bundled framework and store, and helpers to drive the app headless.
enum AppFixtures {
    static let paths = Paths.resolve(environment: ["HOME": NSTemporaryDirectory()])
    static let framework = try! Framework.load(path: paths.framework)
    static let store = try! StoreFile(path: paths.bundledStore).load(framework: framework)
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// An app on the bundled store at `size`, with a fixed store path so frames are reproducible.
    static func app(size: Size = Size(width: 100, height: 30), options: AppOptions = AppOptions()) -> App {
        _ = TextWidth.useUTF8Locale()
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
