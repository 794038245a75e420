import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The `:` prompt: completion, running, "did you mean", and that the table feeds help.
@Suite struct CommandPromptTests {
    /// The prompt's text while it is open.
    static func promptText(_ app: App) -> String? {
        if case .command(let prompt)? = app.dialogs.last { return prompt.input.text }
        return nil
    }

    @Test func tabCompletesAScreenNameAndEnterRunsIt() {
        var app = AppFixtures.app()
        app.type(":bro")
        app.press(.tab)
        #expect(Self.promptText(app) == "browser ")
        app.press(.enter)
        #expect(app.dialogs.isEmpty)
        #expect(app.screenID == .browser)
        app.type(":ho")
        app.press(.tab, .enter)
        #expect(app.screenID == .home)
        #expect(app.stackIDs == [.home])
    }

    @Test func tabCompletesCountriesByCodeAndByAccentlessName() {
        var app = AppFixtures.app()
        app.type(":cote")
        app.press(.tab)
        #expect(Self.promptText(app) == "CIV ")
        app.press(.enter)
        #expect(app.screenID == .profile("CIV"))
        app.type(":can")
        app.press(.enter)
        #expect(app.screenID == .profile("CAN"))
    }

    @Test func tabAgainStepsThroughTheMatchesAndBackTabGoesBack() {
        var app = AppFixtures.app()
        app.type(":p")
        app.press(.tab)
        #expect(Self.promptText(app) == "P1 ")
        app.press(.tab)
        #expect(Self.promptText(app) == "P2 ")
        app.press(.backTab)
        #expect(Self.promptText(app) == "P1 ")
        // Typing starts a new completion from what is in the field.
        app.press(.backspace, .backspace, .backspace)
        app.type("O")
        app.press(.tab, .tab, .tab)
        #expect(Self.promptText(app) == "O3 ")
        app.press(.enter)
        #expect(app.screenID == .area("O3"))
    }

    @Test func argumentsCompleteYearsThemesAndCountries() {
        let themes = [Theme.builtinDark, Theme(name: "light", styles: [:])]
        var app = AppFixtures.app(options: AppOptions(themes: themes))
        app.type(":year 20")
        app.press(.tab)
        let first = AppFixtures.store.countries.values.flatMap(\.years).min()!
        #expect(Self.promptText(app) == "year \(first) ")
        app.press(.escape)
        app.type(":theme l")
        app.press(.tab)
        #expect(Self.promptText(app) == "theme light ")
        app.press(.enter)
        #expect(app.theme.name == "light")
        app.type(":compare can ")
        app.press(.tab)
        #expect(Self.promptText(app)?.hasPrefix("compare can ") == true)
        app.press(.escape)
        app.type(":compare CAN DNK")
        app.press(.enter)
        #expect(app.screenID == .compare(a: "CAN", b: "DNK"))
    }

    @Test func filterCompletesColumnsAndBasisWords() {
        var app = AppFixtures.app()
        app.type(":filter p")
        app.press(.tab)
        #expect(Self.promptText(app) == "filter P1 ")
        app.press(.tab, .tab)
        #expect(Self.promptText(app) == "filter P3 ")
        app.type("<=2 as")
        app.press(.tab)
        #expect(Self.promptText(app) == "filter P3 <=2 assessed ")
        app.press(.enter)
        #expect(app.screenID == .browser)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("filter: P3 ≤ 2 · overall assessed"))
    }

    @Test func yearCommandShowsThatYearAndRefusesOthers() {
        var app = AppFixtures.app()
        app.type(":year 2019")
        app.press(.enter)
        #expect(app.year == 2019)
        app.type(":year 1850")
        app.press(.enter)
        #expect(app.year == 2019)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("no data for 1850"))
    }

    @Test func unknownInputSaysDidYouMean() {
        var app = AppFixtures.app()
        app.type(":hlep")
        app.press(.enter)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("did you mean :help?"))
        #expect(app.screenID == .home)
        app.type(":browsr")
        app.press(.enter)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("did you mean :browser?"))
        #expect(app.screenID == .home)
        app.type(":zzzzzz")
        app.press(.enter)
        #expect(app.screenText(Size(width: 100, height: 30)).contains("unknown command 'zzzzzz'; Tab completes"))
    }

    @Test func aTypoNeverOpensACountryWhoseNameOnlyContainsIt() {
        let resolver = CommandResolver(document: AppFixtures.app().document, themes: ["dark"])
        // "inland" is inside Finland's name but starts no name, so it opens nothing.
        guard case .failure(let text)? = resolver.resolve("xqz") else {
            Issue.record("xqz should fail")
            return
        }
        #expect(text.hasPrefix("unknown command 'xqz'"))
        #expect(resolver.country("inland") == nil)
        #expect(resolver.country("fin") == "FIN")
    }

    @Test func saveAndQuitCommandsTakeTheKeysWay() {
        var app = AppFixtures.app()
        app.type(":q")
        app.press(.enter)
        #expect(app.quitRequested)
    }

    @Test func escAndBackspaceOnAnEmptyLineClose() {
        var app = AppFixtures.app()
        app.type(":")
        #expect(Self.promptText(app) == "")
        app.press(.escape)
        #expect(app.dialogs.isEmpty)
        app.type(":x")
        app.press(.backspace)
        #expect(Self.promptText(app) == "")
        app.press(.backspace)
        #expect(app.dialogs.isEmpty)
        // Keys typed into the prompt never reach the screen: `q` is text here.
        app.type(":q")
        #expect(!app.quitRequested)
    }

    @Test func helpListsEveryAvailableCommandFromTheTable() {
        var app = AppFixtures.app()
        app.type("?")
        guard case .help(let help)? = app.dialogs.last else {
            Issue.record("help did not open")
            return
        }
        let lines = help.lines(Keymap.standard)
        for command in Command.available(app.document) {
            #expect(lines.contains { $0.key == command.usage && $0.help == command.help }, "help lacks \(command.usage)")
        }
        #expect(lines.contains { $0.key == "Commands (:)" && $0.heading })
    }

    @Test func screenCommandsAreListedOnlyWhenTheirScreenExists() {
        let document = AppFixtures.app().document
        let names = Command.available(document).compactMap { command -> String? in
            if case .screen(let name) = command.kind { return name }
            return nil
        }
        for name in names where name != "home" && name != "help" {
            #expect(Screen.make(named: name, document: document) != nil, ":\(name) is listed without its screen")
        }
        #expect(names.contains("browser"))
    }

    @Test func editDistanceCountsEdits() {
        #expect(EditDistance.between("hlep", "help") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("browsr", "browser") == 1)
        #expect(EditDistance.between("", "map") == 3)
        #expect(EditDistance.between("map", "map") == 0)
    }
}
