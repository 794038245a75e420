import Foundation
@testable import MigofApp
import MigofCore
import MigofWidgets

/// A store as `migof merge` leaves it after two analysts edited the same values on two
/// branches: three conflicts (a score, a note, a country removed against an edit), made by
/// the real three-way merge from the bundled store under the MGI topics.
enum ConflictFixtures {
    static let framework = AppFixtures.framework

    /// `base` with `change` applied and audited as `user` at `time`, as a save would.
    static func edited(_ base: Store, user: String, time: String, _ change: (inout Store) throws -> Void) -> Store {
        var store = base
        try! change(&store)
        store.audit = Store.canonicalAudit(base.audit + AuditEntry.changes(from: base, to: store, framework: framework,
                                                                           time: time, user: user))
        return store
    }

    /// Conflict 1: CAN 2021 P1.1 (ours 3 by ben, theirs 1 by ana); 2: DNK (ours removed it,
    /// ana scored it); 3: MEX 2021 P2.1's note.
    static let merged: Store = {
        let base = AppFixtures.store
        let ours = edited(base, user: "ben", time: "2026-12-01T10:00:00Z") {
            try $0.setScore(3, indicator: "P1.1", country: "CAN", year: 2021, framework: framework)
            try $0.setNote("ours: law of 2020", indicator: "P2.1", country: "MEX", year: 2021, framework: framework)
            $0.countries["DNK"] = nil
        }
        let theirs = edited(base, user: "ana", time: "2026-12-01T10:05:00Z") {
            try $0.setScore(1, indicator: "P1.1", country: "CAN", year: 2021, framework: framework)
            try $0.setNote("theirs: decree 14", indicator: "P2.1", country: "MEX", year: 2021, framework: framework)
            try $0.setScore(2, indicator: "P3.1", country: "DNK", year: 2021, framework: framework)
        }
        return StoreMerge.merge(base: base, ours: ours, theirs: theirs, framework: framework)
    }()

    /// The dashboard on the merged store (or `store`).
    static func app(size: Size = Size(width: 100, height: 30), store: Store = merged, options: AppOptions = AppOptions()) -> App {
        _ = TextWidth.useUTF8Locale()
        var app = App(store: store, framework: framework, storePath: "/data/store.json", options: options)
        app.update(.resize(size))
        return app
    }

    /// The merged store saved in a temporary folder, for tests that journal and save.
    static func savedStore() throws -> (folder: String, path: String) {
        let folder = NSTemporaryDirectory() + "migof-conflicts-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/store.json"
        try StoreFile(path: path).save(merged, framework: framework)
        return (folder, path)
    }
}
