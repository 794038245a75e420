import Foundation
import MigofCore
import MigofWidgets
import Testing
@testable import MigofApp

/// Issue 11, item 1, through the keys: a quit with no net change leaves no journal, so the
/// next start does not offer to recover a "crash".
@Suite struct JournalQuitTests {
    private func canadaP2(_ session: EditingSession) -> App {
        var app = AppFixtures.app(options: AppOptions(session: session))
        app.type("/can")
        app.press(.enter, .enter)
        app.press(.down, .enter, .down)
        return app
    }

    private func makeStore() throws -> (folder: String, path: String) {
        let folder = NSTemporaryDirectory() + "migof-quit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/store.json"
        try StoreFile(path: path).save(AppFixtures.store, framework: AppFixtures.framework)
        return (folder, path)
    }

    @Test(arguments: ["3u", "3su\u{12}", "34uu"])
    func quittingWithNoNetChangeLeavesNoJournal(keys: String) throws {
        let (folder, path) = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let session = EditingSession(storePath: path, framework: AppFixtures.framework)
            var app = canadaP2(session)
            for character in keys {
                if character == "\u{12}" { app.press(.ctrl("r")) } else { app.type(String(character)) }
            }
            app.type("q")
            #expect(app.quitRequested && !app.isModified)
            session.close()
            #expect(!FileManager.default.fileExists(atPath: path + ".journal"))
            let next = EditingSession(storePath: path, framework: AppFixtures.framework)
            defer { next.close() }
            #expect(try next.pending().entries.isEmpty)
        }
    }

    @Test func quittingWithAnUnsavedChangeKeepsTheJournal() throws {
        let (folder, path) = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let session = EditingSession(storePath: path, framework: AppFixtures.framework)
            var app = canadaP2(session)
            app.type("34u")
            // With unsaved edits Ctrl-C asks first; a second one quits at once, edits unsaved.
            app.press(.ctrl("c"))
            #expect(!app.quitRequested)
            app.press(.ctrl("c"))
            #expect(app.quitRequested && app.isModified && app.exitStatus == 130)
            session.close()
            let next = EditingSession(storePath: path, framework: AppFixtures.framework)
            defer { next.close(tidy: false) }
            let pending = try next.pending()
            #expect(!pending.entries.isEmpty)
            let replayed = try AppFixtures.store.replaying(pending.entries, framework: AppFixtures.framework)
            #expect(replayed == app.store)
        }
    }
}
