import Testing
@testable import MigofApp
import MigofCore

@Suite struct StartScreenTests {
    @Test func configuredBrowserOpensTheBrowser() {
        let app = AppFixtures.app(options: AppOptions(startScreen: .browser))
        #expect(app.screen.id == .browser)
        // Esc goes back to home, as if the browser had been opened from there.
        var back = app
        back.update(.key(.escape))
        #expect(back.screen.id == .home)
        #expect(back.stack.count == 1)
    }

    @Test func deepLinksWinOverTheStartScreen() {
        #expect(AppFixtures.app(options: AppOptions(country: "CAN", startScreen: .browser)).screen.id == .profile("CAN"))
        #expect(AppFixtures.app(options: AppOptions(area: "P1", startScreen: .browser)).screen.id == .area("P1"))
        #expect(AppFixtures.app(options: AppOptions()).screen.id == .home)
    }

    @Test func optionsCarryTheConfiguredValues() {
        let options = AppOptions(keys: ["quit": ["q", "Z Z"]], autoAdvance: true, mouse: false)
        #expect(options.keys["quit"] == ["q", "Z Z"])
        #expect(options.autoAdvance && !options.mouse && options.startScreen == .home)
    }
}
