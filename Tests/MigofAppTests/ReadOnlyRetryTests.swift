import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// A read-only session tries the lock again on the next edit or save.
@Suite struct ReadOnlyRetryTests {
    @Test func aReadOnlySessionBecomesEditableOnceTheHolderHasGone() throws {
        let folder = NSTemporaryDirectory() + "migof-retry-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/store.json"
        try StoreFile(path: path).save(AppFixtures.store, framework: AppFixtures.framework)
        let holder = EditingSession(storePath: path, framework: AppFixtures.framework, user: "ana")
        let size = Size(width: 100, height: 30)
        var app = AppFixtures.app(size: size, options: AppOptions(session: EditingSession(storePath: path, framework: AppFixtures.framework)))
        app.type("/can")
        app.press(.enter, .enter, .down, .enter, .down)
        app.type("3")
        #expect(app.store == AppFixtures.store)
        #expect(app.screenText(size).contains("read-only: another migof (PID \(getpid()))"))
        // The holder saves a change of its own and quits.
        var saved = AppFixtures.store
        try saved.setScore(2, indicator: "P1.1", country: "DNK", year: 2021, framework: AppFixtures.framework)
        try StoreFile(path: path).save(saved, framework: AppFixtures.framework)
        holder.close()
        app.type("3")
        #expect(app.session?.isReadOnly == false)
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == 3)
        // The store it edits is the one on disk, with the holder's change.
        #expect(app.store.countries["DNK"]!.assessments[2021]!.scores["P1.1"] == 2)
        #expect(!app.screenText(size).contains("read-only"))
        app.type("s")
        #expect(!app.isModified)
        let onDisk = try StoreFile(path: path).load(framework: AppFixtures.framework)
        #expect(onDisk.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == 3)
        app.session?.close()
    }
}
