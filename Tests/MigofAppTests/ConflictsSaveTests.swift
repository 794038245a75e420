import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// Resolutions on the conflicts screen go the way of every edit: into the journal at once,
/// into the audit at the save, and the store file loses its `conflicts` section with the
/// save after the last one (and gets it back if an undo reopens one).
@Suite struct ConflictsSaveTests {
    let framework = ConflictFixtures.framework

    @Test func resolutionsAreJournalledAuditedAndTheLastSaveDropsTheSection() throws {
        let (folder, path) = try ConflictFixtures.savedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = EditingSession(storePath: path, framework: framework, user: "carla")
        defer { session.close() }
        let loaded = try StoreFile(path: path).load(framework: framework)
        #expect(loaded.conflicts.count == 3)
        var app = ConflictFixtures.app(store: loaded, options: AppOptions(session: session))
        app.type("!t")
        let journalled = try session.pending().entries.map(\.edit)
        #expect(journalled == app.history && journalled.count == 1, "the resolution is in the journal before any save")

        app.type("s")
        var file = try StoreFile(path: path).load(framework: framework)
        #expect(file.conflicts.map(\.id) == [2, 3], "a save with conflicts left keeps them")
        #expect(file.countries["CAN"]?.assessments[2021]?.scores["P1.1"] == 1)
        let resolved = file.audit.filter { $0.change == .conflictResolved }
        #expect(resolved.map(\.country) == ["CAN"] && resolved.first?.newNote == "theirs" && resolved.first?.user == "carla")
        #expect(file.audit.contains { $0.change == .score && $0.country == "CAN" && $0.newScore == 1 && $0.user == "carla" })

        app.type("oo")
        app.type("s")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("\"conflicts\""), "the save after the last resolution writes no conflicts section")
        file = try StoreFile(path: path).load(framework: framework)
        #expect(file.conflicts.isEmpty && file.countries["DNK"] == nil)
        #expect(file.countries["MEX"]?.assessments[2021]?.notes["P2.1"] == "ours: law of 2020")
        #expect(file.audit.filter { $0.change == .conflictResolved }.map(\.country).sorted() == ["CAN", "DNK", "MEX"])
        #expect(!app.isModified)

        // Undo past the save reopens the last conflict, and the next save writes it back.
        app.type("u")
        #expect(app.store.conflicts.map(\.id) == [3] && app.isModified)
        app.type("s")
        file = try StoreFile(path: path).load(framework: framework)
        #expect(file.conflicts.map(\.place) == ["MEX 2021 P2.1 note"])
    }

    @Test func aReadOnlySessionRefusesAResolution() throws {
        let (folder, path) = try ConflictFixtures.savedStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let holder = EditingSession(storePath: path, framework: framework, user: "ben")
        defer { holder.close() }
        let reader = EditingSession(storePath: path, framework: framework, user: "carla")
        defer { reader.close() }
        #expect(reader.isReadOnly)
        var app = ConflictFixtures.app(options: AppOptions(session: reader))
        app.type("!t")
        #expect(app.store.conflicts.count == 3 && app.history.isEmpty)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("read-only"))
    }
}
