import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// Issue 11, item 8: a paste is text for the open field, never commands.
@Suite struct PasteAppTests {
    let size = Size(width: 100, height: 30)

    func browser(_ app: App) -> BrowserModel? {
        if case .browser(let model) = app.screen { model } else { nil }
    }

    func canadaP2() -> App {
        var app = AppFixtures.app()
        app.type("/can")
        app.press(.enter, .enter)
        app.press(.down, .enter, .down)
        return app
    }

    @Test func aTwoLinePasteIntoTheNoteEditorIsTheNotesText() {
        var app = canadaP2()
        let scores = app.store.countries["CAN"]!.assessments[2021]!.scores
        app.type("n")
        // Typed as keys, "2 sources" would score, save ("s"), undo ("u") and open a picker ("c").
        app.update(.paste("MIPEX 2020: 45/100.\r\n2 sources\tok\u{1b}[2J"))
        guard case .note? = app.dialogs.last else {
            Issue.record("the paste closed the note editor")
            return
        }
        app.press(.enter)
        let assessment = app.store.countries["CAN"]!.assessments[2021]!
        #expect(assessment.notes["P2.1"] == "MIPEX 2020: 45/100. 2 sources ok[2J")
        #expect(assessment.scores == scores)
        #expect(app.dialogs.isEmpty && !app.quitRequested)
    }

    @Test func aPasteOutsideATextFieldIsIgnoredWithAMessage() {
        var app = canadaP2()
        let before = app.store
        app.update(.paste("2sq"))
        #expect(app.store == before)
        #expect(!app.quitRequested && app.dialogs.isEmpty)
        #expect(app.screenText(size).contains("paste ignored: no text field is open"))
    }

    @Test func aPasteIntoTheSearchFieldSearches() {
        var app = AppFixtures.app()
        app.type("/")
        app.update(.paste("den\nmark"))
        #expect(browser(app)?.search.text == "den mark")
        app.press(.ctrl("u"))
        app.update(.paste("denmark"))
        #expect(browser(app)?.rowCodes == ["DNK"])
    }

    @Test func aPasteIntoAYesNoQuestionDoesNotAnswerIt() {
        var app = canadaP2()
        app.type("3")
        app.type("q")
        guard case .quit? = app.dialogs.last else {
            Issue.record("q did not ask")
            return
        }
        app.update(.paste("d"))
        #expect(!app.quitRequested)
        guard case .quit? = app.dialogs.last else {
            Issue.record("the paste answered the question")
            return
        }
        #expect(app.screenText(size).contains("paste ignored: no text field is open"))
    }
}
