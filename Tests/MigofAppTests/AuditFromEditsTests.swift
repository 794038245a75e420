import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// A save's audit entries come from the edits in hand, and match the difference between the
/// store as last saved and the store now.
@Suite struct AuditFromEditsTests {
    func withSession(_ body: (EditingSession, String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "migof-audit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/store.json"
        try StoreFile(path: path).save(AppFixtures.store, framework: AppFixtures.framework)
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, user: "ana")
        defer { session.close() }
        try body(session, path)
    }

    func canadaP2(_ session: EditingSession) -> App {
        var app = AppFixtures.app(options: AppOptions(session: session))
        app.type("/can")
        app.press(.enter, .enter, .down, .enter, .down)
        return app
    }

    @Test func netChangesOnlyAndUndoPastTheSave() throws {
        try withSession { session, path in
            var app = canadaP2(session)
            app.type("234")  // unscored → 2 → 3 → 4: one net change
            app.press(.down)
            app.type("1")
            app.type("u")     // undone: no change on P2.2
            app.type("s")
            var audit = try StoreFile(path: path).load(framework: AppFixtures.framework).audit
            #expect(audit.map(\.indicator) == ["P2.1"])
            #expect(audit.first?.oldScore == nil && audit.first?.newScore == 4)
            // Undo past the save: the next save records going back.
            app.type("uuu")
            #expect(app.isModified)
            app.type("s")
            audit = try StoreFile(path: path).load(framework: AppFixtures.framework).audit
            #expect(audit.count == 2)
            #expect(audit.last?.indicator == "P2.1" && audit.last?.oldScore == 4 && audit.last?.newScore == nil)
        }
    }

    /// Random edits, undos, redos and saves: each save's entries equal the store difference.
    @Test(arguments: [3, 41] as [UInt64])
    func entriesMatchTheStoreDifference(seed: UInt64) throws {
        try withSession { session, path in
            var app = canadaP2(session)
            var random = SplitMix64(seed: seed)
            var saved = AppFixtures.store
            var saves = 0
            for _ in 0..<200 {
                let keys: [Key] = [.char("1"), .char("2"), .char("3"), .char("4"), .char("0"), .char("u"), .ctrl("r"), .up, .down, .char("s")]
                let key = keys[random.next(in: 0...(keys.count - 1))]
                app.press(key)
                guard key == .char("s"), !app.isModified else { continue }
                let onDisk = try StoreFile(path: path).load(framework: AppFixtures.framework)
                let added = Array(onDisk.audit.dropFirst(saved.audit.count))
                let expected = AuditEntry.changes(from: saved, to: onDisk, framework: AppFixtures.framework, time: "t", user: "ana")
                #expect(added.map(\.indicator) == expected.map(\.indicator), "seed \(seed)")
                #expect(added.map(\.newScore) == expected.map(\.newScore), "seed \(seed)")
                #expect(added.map(\.oldScore) == expected.map(\.oldScore), "seed \(seed)")
                saved = onDisk
                if !added.isEmpty { saves += 1 }
            }
            #expect(saves > 0, "seed \(seed) saved nothing")
        }
    }
}
