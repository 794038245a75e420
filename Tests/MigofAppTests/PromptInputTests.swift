import Testing
import MigofApp
import MigofCore
import MigofWidgets

/// Fields say why a key did nothing: the year prompt takes digits only, a full note says so.
@Suite struct PromptInputTests {
    let size = Size(width: 100, height: 30)

    @Test func theYearPromptRefusesLettersAsTheyAreTyped() {
        var app = AppFixtures.app()
        app.type("/mexico")
        app.press(.enter, .enter)
        app.type("Y20x")
        #expect(app.screenText(size).contains("a year has four digits, 1900 to 2200"))
        app.type("25")
        app.press(.enter)
        #expect(app.year == 2025)
    }

    @Test func aFullNoteSaysSo() {
        var app = AppFixtures.app()
        app.type("/mexico")
        app.press(.enter, .enter)
        app.press(.enter, .down)
        app.type("n")
        app.type(String(repeating: "a", count: Assessment.noteLimit))
        #expect(!app.screenText(size).contains("at most 500"))
        app.type("b")
        #expect(app.screenText(size).contains("a note holds at most 500 characters"))
    }
}
