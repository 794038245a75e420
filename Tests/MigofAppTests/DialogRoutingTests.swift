import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// Dialogs sit above the screens for keys and the mouse; their keys are declared bindings.
@Suite struct DialogRoutingTests {
    let size = Size(width: 100, height: 30)

    /// Canada's profile with P2 open and its first indicator selected.
    func canadaP2() -> App {
        var app = AppFixtures.app(size: size)
        app.type("/can")
        app.press(.enter, .enter, .down, .enter, .down)
        return app
    }

    /// The screen under a dialog, as its selection and its frame without the status bar.
    func under(_ app: App) -> [String] {
        [app.screen.selection] + app.screenText(size).split(separator: "\n").dropLast().map(String.init)
    }

    @Test func theWheelUnderAnOpenDialogMovesNothingBelowIt() {
        let dialogs: [(String, String)] = [("note editor", "n"), ("help", "?"), ("audit log", "L"), ("picker", "c"),
                                           ("confirmation", "D"), ("new year", "Y")]
        for (name, key) in dialogs {
            var app = canadaP2()
            let before = under(app)
            app.type(key)
            #expect(!app.dialogs.isEmpty, "\(name) did not open")
            for kind in [MouseEvent.Kind.scrollDown, .scrollDown, .scrollUp, .scrollDown, .press(1)] {
                app.update(.mouse(MouseEvent(x: 10, y: 20, kind: kind)))
            }
            app.press(.escape)
            #expect(app.dialogs.isEmpty, "\(name) did not close with Esc")
            #expect(under(app) == before, "the wheel moved the screen under the \(name)")
        }
    }

    @Test func qInsideHelpClosesHelpAndNeverQuits() {
        var app = canadaP2()
        app.type("3")
        #expect(app.isModified)
        app.type("?q")
        #expect(!app.quitRequested)
        #expect(app.dialogs.isEmpty)
        #expect(!app.screenText(size).contains("Keys · Esc closes"))
    }

    @Test func ctrlCAsksFirstWithUnsavedEditsAndQuitsWith130() {
        var app = canadaP2()
        app.type("3")
        app.press(.ctrl("c"))
        #expect(!app.quitRequested)
        #expect(app.screenText(size).contains("1 change since the last save."))
        app.type("s")
        #expect(app.quitRequested && app.exitStatus == 130 && !app.isModified)
        // From inside a dialog too, and a second Ctrl-C at the question quits at once.
        var editing = canadaP2()
        editing.type("3n")
        editing.press(.ctrl("c"))
        #expect(!editing.quitRequested)
        editing.press(.ctrl("c"))
        #expect(editing.quitRequested && editing.exitStatus == 130 && editing.isModified)
        // Cancelling the question goes back to the dialog it came from.
        var cancelled = canadaP2()
        cancelled.type("3n")
        cancelled.press(.ctrl("c"))
        cancelled.type("c")
        #expect(!cancelled.quitRequested)
        #expect(cancelled.screenText(size).contains("Enter keeps · Esc cancels"))
    }

    @Test func theQuitDialogCountsNetUnsavedChanges() {
        var app = canadaP2()
        for key in ["3", "4", "2", "1"] { app.type(key) }
        app.type("s")
        #expect(!app.isModified)
        app.type("3")
        app.type("q")
        #expect(app.screenText(size).contains("1 change since the last save."))
        app.press(.escape)
        // An undo past the save is a change too; undoing back to the save is none.
        app.type("uu")
        app.type("q")
        #expect(app.screenText(size).contains("1 change since the last save."))
        app.press(.escape)
        app.press(.ctrl("r"))
        #expect(!app.isModified)
        app.type("q")
        #expect(app.quitRequested && app.exitStatus == 0)
    }

    @Test func dialogKeysAreBindingsListedInHelp() {
        let keymap = Keymap.standard
        #expect(keymap.dialogAction(for: .char("y"), in: .confirm) == .dialog(.yes))
        #expect(keymap.dialogAction(for: .escape, in: .confirm) == .dialog(.no))
        #expect(keymap.dialogAction(for: .char("d"), in: .quitDialog) == .dialog(.discardAndQuit))
        #expect(keymap.dialogAction(for: .char("r"), in: .recover) == .dialog(.recover))
        // A letter typed into a dialog's field never reaches a global binding.
        #expect(keymap.dialogAction(for: .char("q"), in: .noteEditor) == nil)
        var app = AppFixtures.app(size: Size(width: 100, height: 200))
        app.type("?")
        app.press(.end)
        let text = app.screenText(Size(width: 100, height: 200))
        for title in ["Confirmation", "Unsaved changes", "Recovery", "Audit log", "Note editor"] {
            #expect(text.contains(title), "help lacks the \(title) section")
        }
        #expect(text.contains("Yes: make the change") && text.contains("Quit without saving"))
    }
}
