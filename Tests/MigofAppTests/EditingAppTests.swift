import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

@Suite struct EditingAppTests {
    let size = Size(width: 100, height: 30)

    /// Opens Canada's profile, expands P2 and selects its first indicator.
    func canadaP2(_ options: AppOptions = AppOptions()) -> App {
        var app = AppFixtures.app(options: options)
        app.type("/can")
        app.press(.enter, .enter)
        app.press(.down, .enter, .down)
        return app
    }

    @Test func digitsScoreAndEverythingUpdatesInTheSameFrame() {
        var app = canadaP2()
        #expect(app.scoreTarget?.indicator == "P2.1")
        let before = app.statistics["P2"]!
        for _ in 0..<5 {
            app.type("1")
            app.press(.down)
        }
        let store = app.store.countries["CAN"]!.assessments[2021]!
        #expect((1...5).allSatisfy { store.scores["P2.\($0)"] == 1 })
        let p2 = app.profile("CAN")!.area("P2")!.rating
        #expect(p2.basis == .assessed && p2.value == 1 && p2.coverage == "5/5 scored" && p2.disagrees)
        // The home tile counts moved Canada from band 4 to band 1 at once.
        #expect(app.statistics["P2"]!.bands[3] == before.bands[3] - 1)
        #expect(app.statistics["P2"]!.bands[0] == before.bands[0] + 1)
        let text = app.screenText(size)
        #expect(text.contains("assessed !"))
        #expect(text.hasPrefix(" migof") && text.contains("[+] "))
    }

    @Test func clearStepAndRangeChecks() {
        var app = canadaP2()
        app.type("+")
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == 1)
        app.type("4")
        app.type("+")
        #expect(app.screenText(size).contains("already at the last option of P2.1"))
        app.type("-")
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == 3)
        app.type("x")
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == nil)
        app.type("4")
        app.type("0")
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == nil)
        app.press(.up)
        app.type("3")
        #expect(app.screenText(size).contains("select an indicator first"))
    }

    @Test func noteEditorKeepsUTF8AndEscCancels() {
        var app = canadaP2()
        app.type("n")
        app.type("Loi n° 12 — vérifiée")
        app.press(.left, .left, .backspace)
        app.type("é")
        app.press(.enter)
        #expect(app.store.countries["CAN"]!.assessments[2021]!.notes["P2.1"] == "Loi n° 12 — vériféée")
        app.type("n")
        app.press(.home, .delete)
        app.press(.escape)
        #expect(app.store.countries["CAN"]!.assessments[2021]!.notes["P2.1"] == "Loi n° 12 — vériféée")
        app.type("n")
        app.press(.ctrl("u"), .enter)
        #expect(app.store.countries["CAN"]!.assessments[2021]!.notes["P2.1"] == nil)
    }

    @Test func undoBackToSavedClearsTheMarkerAndRedoReturns() {
        var app = canadaP2()
        #expect(!app.isModified)
        app.type("3")
        app.press(.down)
        app.type("2")
        #expect(app.isModified)
        app.type("uu")
        #expect(!app.isModified)
        #expect(app.store == AppFixtures.store)
        #expect(!app.screenText(size).contains("[+]"))
        app.press(.ctrl("r"))
        #expect(app.store.countries["CAN"]!.assessments[2021]!.scores["P2.1"] == 3)
        app.type("s")
        #expect(!app.isModified)
        app.type("u")
        #expect(app.isModified)
        app.press(.ctrl("r"))
        #expect(!app.isModified)
    }

    @Test func areaPanelScoresTheSelectedCountry() {
        var app = AppFixtures.app()
        app.type("4")  // O1
        app.press(.down, .down)  // third country in the ranking
        let code = app.ranked["O1"]![2]
        app.press(.tab)
        app.type("2")
        #expect(app.store.countries[code]!.assessments[2021]!.scores["O1.1"] == 2)
        #expect(app.ranked["O1"]!.firstIndex(of: code) == app.areaModel("O1")!.countries.selected)
        app.press(.tab)
        app.type("3")
        #expect(app.screenText(size).contains("Tab to the indicators"))
    }

    @Test func newRoundCopyAndDuplicateYears() {
        var app = AppFixtures.app()
        app.type("/mexico")
        app.press(.enter, .enter)
        app.type("[")
        app.press(.enter, .down)
        app.type("3")
        app.type("Y")
        app.type("2021")
        app.press(.enter)
        #expect(app.screenText(size).contains("already has 2021"))
        app.press(.escape)
        app.type("Y2025")
        app.press(.enter)
        #expect(app.year == 2025)
        #expect(app.store.countries["MEX"]!.assessments[2025] == Assessment())
        app.type("P")
        #expect(app.screenText(size).contains("Copy the 0 indicator scores of 2021 into 2025?"))
        app.type("n")
        app.type("[[")
        #expect(app.year == 2021)
        app.type("P")
        app.type("y")
        #expect(app.store.countries["MEX"]!.assessments[2021]!.scores == ["P1.1": 3])
        app.type("u")
        #expect(app.store.countries["MEX"]!.assessments[2021]!.scores.isEmpty)
    }

    @Test func addAndDeleteCountriesWithUndo() {
        let catalog = try! CountryCatalog.load(path: AppFixtures.paths.catalog)
        var app = AppFixtures.app(options: AppOptions(catalog: catalog))
        app.type("A")
        app.type("aruba")
        app.press(.enter)
        #expect(app.store.countries["ABW"]?.name == "Aruba")
        #expect(app.screenID == .profile("ABW"))
        app.type("D")
        #expect(app.screenText(size).contains("Delete Aruba and all its assessments?"))
        app.type("y")
        #expect(app.store.countries["ABW"] == nil)
        #expect(app.screenID != .profile("ABW"))
        app.type("u")
        #expect(app.store.countries["ABW"]?.name == "Aruba")
        app.type("uu")
        #expect(app.store == AppFixtures.store)
    }

    @Test func quitAsksWhenThereAreUnsavedChanges() {
        var clean = canadaP2()
        clean.type("q")
        #expect(clean.quitRequested)
        var app = canadaP2()
        app.type("2")
        app.type("q")
        #expect(!app.quitRequested)
        #expect(app.screenText(size).contains("s save and quit · d discard and quit · Esc cancel"))
        app.press(.escape)
        #expect(!app.quitRequested)
        app.type("q")
        app.type("s")
        #expect(app.quitRequested && !app.isModified)
    }

    @Test func sessionJournalsSavesAndRecovers() throws {
        let folder = NSTemporaryDirectory() + "migof-app-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/store.json"
        try StoreFile(path: path).save(AppFixtures.store, framework: AppFixtures.framework)
        let session = EditingSession(storePath: path, framework: AppFixtures.framework, user: "ana")
        var app = canadaP2(AppOptions(session: session))
        app.type("3")
        app.press(.down)
        app.type("4")
        #expect(try session.pending().entries.count == 2)
        // A second migof on the same store is read-only.
        let other = EditingSession(storePath: path, framework: AppFixtures.framework)
        var reader = canadaP2(AppOptions(session: other))
        reader.type("2")
        #expect(reader.store == AppFixtures.store)
        #expect(reader.screenText(size).contains("read-only: another migof (PID \(getpid()))"))
        // The first one "crashes": a new session finds the journal and recovers it.
        session.close()
        let next = EditingSession(storePath: path, framework: AppFixtures.framework, user: "ana")
        var recovered = AppFixtures.app(options: AppOptions(session: next, pendingJournal: try next.pending()))
        #expect(recovered.screenText(size).contains("Recover unsaved edits?"))
        recovered.type("r")
        #expect(recovered.store.countries["CAN"]!.assessments[2021]!.scores == ["P2.1": 3, "P2.2": 4])
        #expect(recovered.isModified)
        recovered.type("s")
        #expect(!recovered.isModified)
        let saved = try StoreFile(path: path).load(framework: AppFixtures.framework)
        #expect(saved.audit.map(\.indicator) == ["P2.1", "P2.2"])
        #expect(try next.pending().entries.isEmpty)
        next.close()
    }

    /// Random score keys, undos and redos: the store always equals the loaded store with the
    /// surviving edits replayed, and undoing everything gives the loaded store back.
    @Test(arguments: [7, 99, 2026] as [UInt64])
    func randomEditingKeepsStoreAndHistoryInStep(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var app = canadaP2()
        let keys: [Key] = [.char("1"), .char("2"), .char("3"), .char("4"), .char("0"), .char("+"), .char("-"),
                           .char("u"), .ctrl("r"), .down, .up, .enter, .tab]
        for _ in 0..<400 {
            app.press(keys[Int(random.next() % UInt64(keys.count))])
        }
        var replay = AppFixtures.store
        for edit in app.history { try replay.apply(edit, framework: AppFixtures.framework) }
        #expect(app.store == replay, "seed \(seed)")
        while !app.history.isEmpty { app.type("u") }
        #expect(app.store == AppFixtures.store, "seed \(seed)")
        #expect(!app.isModified)
    }
}

@Suite struct IncrementalAggregateTests {
    /// After any mix of score edits, the in-place updates equal a full recomputation.
    @Test(arguments: [5, 17] as [UInt64])
    func inPlaceUpdatesMatchAFullRecompute(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var app = AppFixtures.app()
        let codes = ["CAN", "DNK", "NOR", "AGO", "MEX", "AFG"]
        for order in ["", "o", "oo"] {
            app.type(order.isEmpty ? "b" : order)
            for _ in 0..<60 {
                let code = codes[Int(random.next() % UInt64(codes.count))]
                let area = AppFixtures.framework.areas[Int(random.next() % 6)]
                let indicators = area.indicators.map(\.id)
                let old = app.store.countries[code]!.assessments[2021]!.scores
                let new = indicators.reduce(into: old) { scores, id in
                    scores[id] = random.next() % 3 == 0 ? nil : Int(random.next() % 4) + 1
                }
                app.commit(.scores(country: code, year: 2021, old: old, new: new))
            }
            let fresh = App(store: app.store, framework: app.framework, storePath: "/data/store.json")
            #expect(app.statistics == fresh.statistics, "seed \(seed)")
            #expect(app.overallStatistics == fresh.overallStatistics)
            #expect(app.ranked == fresh.ranked, "seed \(seed)")
            if let browser = app.browserModel {
                var resorted = BrowserModel(document: fresh.document)
                resorted.sort = browser.sort
                resorted.resort(fresh.document)
                #expect(browser.sorted == resorted.sorted)
            }
        }
    }
}
