import Foundation
import Testing
@testable import MigofApp
@testable import MigofCore
import MigofWidgets

/// Issue 13, item 5: the conflicts screen lists a merge's conflicts, takes a side with a key
/// or keeps a value edited on the profile, each as an ordinary edit (journalled, undoable,
/// audited), and the save after the last one writes no `conflicts` section. The banner says
/// on every screen that conflicts remain, and how to open the list.
@Suite struct ConflictsScreenTests {
    let size = Size(width: 100, height: 30)

    static func model(_ app: App) -> ConflictsModel? {
        if case .conflicts(let model) = app.screen { return model }
        return nil
    }

    func score(_ app: App, _ code: String = "CAN", _ id: String = "P1.1") -> Int? {
        app.store.countries[code]?.assessments[2021]?.scores[id]
    }

    @Test func theFixtureHasThreeConflicts() {
        #expect(ConflictFixtures.merged.conflicts.map(\.place) == ["CAN 2021 P1.1", "DNK", "MEX 2021 P2.1 note"])
    }

    @Test func bangAndTheCommandOpenTheList() {
        var app = ConflictFixtures.app()
        app.type("!")
        #expect(app.screenID == .conflicts)
        app.press(.escape)
        #expect(app.screenID == .home)
        app.type(":conflicts")
        app.press(.enter)
        #expect(app.screenID == .conflicts)
    }

    @Test func theListShowsEachConflictWithBothSidesAndWho() {
        var app = ConflictFixtures.app()
        app.type("!")
        let text = app.screenText(size)
        #expect(text.contains("Merge conflicts · 3 unresolved"))
        for line in ["1 CAN 2021 P1.1", "2 DNK", "3 MEX 2021 P2.1 note", "Meets · ben", "Requires progress · ana",
                     "removed · ben", "\"theirs: decree 14\" · ana", "(none)", "unscored"] {
            #expect(text.contains(line), "the list lacks \(line)")
        }
        // The detail of the selected conflict: the country, the indicator, the value now, each side in full.
        #expect(text.contains("Canada (CAN) 2021 · P1.1 "))
        #expect(text.contains("now     Meets (ours)"))
        #expect(text.contains("theirs  Requires progress · ana, 2026-12-01 10:05"))
        #expect(text.contains("base    unscored"))
    }

    @Test func takingASideIsAnEditThatUndoAndRedoTakeBack() throws {
        var app = ConflictFixtures.app()
        app.type("!t")
        #expect(score(app) == 1)
        #expect(app.store.conflicts.map(\.id) == [2, 3])
        guard case .conflict(let record, true, .score(3), .score(1))? = app.history.last else {
            Issue.record("the resolution is not an Edit.conflict: \(String(describing: app.history.last))")
            return
        }
        #expect(record.id == 1)
        #expect(app.isModified)
        #expect(app.screenText(size).contains("CAN 2021 P1.1: took theirs (Requires progress); 2 conflicts left"))
        // The row now holds the next conflict; an undo brings the first back to it.
        #expect(Self.model(app)?.selected(app.document)?.id == 2)
        app.type("u")
        #expect(score(app) == 3 && app.store.conflicts.count == 3 && !app.isModified)
        #expect(Self.model(app)?.selected(app.document)?.id == 1)
        app.press(.ctrl("r"))
        #expect(score(app) == 1 && app.store.conflicts.count == 2)
    }

    @Test func eachKeyTakesItsSide() {
        for (key, value) in [("o", 3), ("t", 1), ("b", nil)] as [(String, Int?)] {
            var app = ConflictFixtures.app()
            app.type("!" + key)
            #expect(score(app) == value, "\(key) took the wrong side")
            #expect(app.store.conflicts.first?.id == 2)
        }
    }

    @Test func aWholeCountryComesBackWithTheirs() {
        var app = ConflictFixtures.app()
        app.type("!")
        app.press(.down)
        app.type("t")
        #expect(score(app, "DNK", "P3.1") == 2)
        #expect(app.store.conflicts.map(\.id) == [1, 3])
        app.type("u")
        #expect(app.store.countries["DNK"] == nil)
    }

    /// A digit edits the answer right on the list, as an ordinary score (the conflict stays
    /// open, the detail says the value is edited); K then keeps it as the resolution.
    @Test func aDigitEditsTheAnswerHereAndKKeepsIt() {
        var app = ConflictFixtures.app()
        app.type("!")
        #expect(app.scoreTarget?.indicator == "P1.1" && app.scoreTarget?.country == "CAN" && app.scoreTarget?.year == 2021)
        app.press(.enter)
        #expect(app.screenText(size).contains("CAN 2021 P1.1: a digit sets the answer here (0 clears it), then K keeps it"))
        app.type("2")
        #expect(score(app) == 2 && app.store.conflicts.count == 3, "an ordinary score leaves the conflict open")
        guard case .score(country: "CAN", year: 2021, indicator: "P1.1", old: 3, new: 2)? = app.history.last else {
            Issue.record("not an ordinary score edit: \(String(describing: app.history.last))")
            return
        }
        #expect(app.screenText(size).contains("now     Partially meets (edited; K keeps it)"))
        app.type("K")
        #expect(score(app) == 2 && app.store.conflicts.map(\.id) == [2, 3])
        #expect(app.screenText(size).contains("CAN 2021 P1.1: kept Partially meets; 2 conflicts left"))
        // Two edits, two undos: the resolution, then the score.
        app.type("u")
        #expect(score(app) == 2 && app.store.conflicts.count == 3)
        app.type("u")
        #expect(score(app) == 3 && !app.isModified)
    }

    /// Enter on a note opens the note editor on it; its Enter is an ordinary note edit, and K keeps it.
    @Test func enterOnANoteOpensTheEditorAndKKeepsIt() {
        var app = ConflictFixtures.app()
        app.type("!")
        app.press(.down, .down, .enter)
        let text = app.screenText(size)
        #expect(text.contains("Note · P2.1"))
        #expect(text.contains("ours: law of 2020"), "the editor starts from the note the store holds")
        app.press(.ctrl("u"))
        app.type("both: law of 2020 and decree 14")
        app.press(.enter)
        #expect(app.store.countries["MEX"]?.assessments[2021]?.notes["P2.1"] == "both: law of 2020 and decree 14")
        #expect(app.store.conflicts.count == 3)
        app.type("K")
        #expect(app.store.conflicts.map(\.id) == [1, 2])
        #expect(app.store.sideTaken(in: ConflictFixtures.merged.conflicts[2]) == "edited")
    }

    @Test func pOpensTheProfileInTheConflictsYear() {
        var app = ConflictFixtures.app(options: AppOptions(year: 2019))
        #expect(app.year == 2019)
        app.type("!p")
        #expect(app.screenID == .profile("CAN") && app.year == 2021)
        app.press(.escape)
        #expect(app.screenID == .conflicts)
    }

    @Test func aWholeCountryIsNotEditedHere() {
        var app = ConflictFixtures.app()
        app.type("!")
        app.press(.down, .enter)
        #expect(app.screenID == .conflicts)
        #expect(app.screenText(size).contains("DNK: only answers and notes are edited here; o, t or b takes a side"))
        app.type("3")
        #expect(app.screenText(size).contains("only answers and notes are edited here") && app.history.isEmpty)
        app.type("p")
        #expect(app.screenText(size).contains("DNK: the country is not in the store now; o, t or b takes a side"))
    }

    @Test func aClickSelectsAndASecondClickOpens() {
        var app = ConflictFixtures.app()
        app.type("!")
        let layout = ConflictsLayout(app.contentArea, count: 3)
        let third = MouseEvent(x: layout.table.x + 5, y: layout.table.y + 3, kind: .press(1))
        app.update(.mouse(third))
        #expect(Self.model(app)?.list.selected == 2)
        app.update(.mouse(third))
        #expect(app.screenText(size).contains("Note · P2.1"), "the second click edits, as Enter does")
    }

    @Test func theLastResolutionLeavesAnEmptyListThatSaysSave() {
        var app = ConflictFixtures.app()
        app.type("!ooo")
        #expect(app.store.conflicts.isEmpty)
        let text = app.screenText(size)
        #expect(text.contains("every conflict is resolved; s saves the store without its conflicts section"))
        #expect(text.contains("MEX 2021 P2.1 note: took ours (\"ours: law of 2020\"); no conflict left"))
        app.type("o")
        #expect(app.screenText(size).contains("every conflict is resolved"))
    }
}
