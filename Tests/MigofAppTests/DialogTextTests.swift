import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// What the recovery prompt, the audit log and the note editor say about what they hold:
/// skipped journal lines, published-rating changes, a note longer than the limit.
@Suite struct DialogTextTests {
    let size = Size(width: 100, height: 30)

    /// Canada's profile with P2 open and its first indicator selected.
    private func canadaP2(_ app: App) -> App {
        var app = app
        app.type("/can")
        app.press(.enter, .enter, .down, .enter, .down)
        return app
    }

    /// A store on disk with a journal of two edits (P2.1 = 3, P2.2 = 4) and an unreadable line
    /// written after each line numbered in `after`.
    private func journalWithBadLines(after lines: [Int]) throws -> (folder: String, path: String) {
        let folder = NSTemporaryDirectory() + "migof-dialogs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/store.json"
        try StoreFile(path: path).save(AppFixtures.store, framework: AppFixtures.framework)
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, user: "ana")
        var app = canadaP2(AppFixtures.app(options: AppOptions(session: session)))
        app.type("3")
        app.press(.down)
        app.type("4")
        session.close(tidy: false)
        let text = try String(contentsOfFile: path + ".journal", encoding: .utf8)
        var out: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            out.append(String(line))
            if lines.contains(index + 1) { out.append("{\"not\": an edit}") }
        }
        try (out.joined(separator: "\n") + "\n").write(toFile: path + ".journal", atomically: true, encoding: .utf8)
        return (folder, path)
    }

    @Test(arguments: [([2], "Unreadable line 3 will be skipped."), ([1, 2], "Unreadable lines 2, 4 will be skipped.")])
    func theRecoveryPromptNamesSkippedLinesAndRecoversTheRest(after: [Int], said: String) throws {
        let (folder, path) = try journalWithBadLines(after: after)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, user: "ana")
        defer { session.close(tidy: false) }
        var app = AppFixtures.app(options: AppOptions(session: session, pendingJournal: try session.pending()))
        let screen = app.screenText(size)
        #expect(screen.contains("Recover unsaved edits?"))
        #expect(screen.contains(said), "\(screen)")
        app.type("r")
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores == ["P2.1": 3, "P2.2": 4])
    }

    @Test func aReadableJournalMentionsNoSkippedLine() throws {
        let (folder, path) = try journalWithBadLines(after: [])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, user: "ana")
        defer { session.close(tidy: false) }
        let app = AppFixtures.app(options: AppOptions(session: session, pendingJournal: try session.pending()))
        #expect(app.screenText(size).contains("Recover unsaved edits?"))
        #expect(!app.screenText(size).contains("Unreadable"))
    }

    @Test func theAuditLogShowsPublishedRatingChanges() {
        var store = AppFixtures.store
        store.audit.append(AuditEntry(time: "2026-11-29T02:47:00Z", user: "importer", change: .rating, country: "CAN", year: 2021,
                                      indicator: "overall", oldScore: 2, newScore: 3, oldNote: "UN DESA", newNote: "UN DESA"))
        store.audit.append(AuditEntry(time: "2026-11-29T02:47:00Z", user: "importer", change: .rating, country: "CAN", year: 2021,
                                      indicator: "P1", oldScore: nil, newScore: 4))
        var app = App(store: store, framework: AppFixtures.framework, storePath: "/data/store.json")
        app.update(.resize(size))
        app = canadaP2(app)
        app.type("L")
        let screen = app.screenText(size)
        #expect(screen.contains("2026-11-29T02:47:00Z  importer  2021 overall rating 2 → 3"), "\(screen)")
        #expect(screen.contains("2021 P1 rating – → 4"))
        #expect(!screen.contains("2021 rating"))
    }

    @Test func aNoteLongerThanTheLimitIsNotCutWhenOpened() {
        let long = String(repeating: "é", count: Assessment.noteLimit + 100)
        var store = AppFixtures.store
        store.countries["CAN"]!.assessments[2021]!.notes["P2.1"] = long
        var app = App(store: store, framework: AppFixtures.framework, storePath: "/data/store.json")
        app.update(.resize(size))
        app = canadaP2(app)
        app.type("n")
        #expect(app.screenText(size).contains("\(long.count)/\(long.count)"))
        app.type("x")
        #expect(app.screenText(size).contains("a note holds at most \(long.count) characters"))
        app.press(.enter)
        #expect(app.store.countries["CAN"]!.assessments[2021]!.notes["P2.1"] == long)
        #expect(!app.isModified)
    }
}
