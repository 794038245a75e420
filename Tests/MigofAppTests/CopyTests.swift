import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// `y` copies the selection as Markdown through the backend, and says what it copied.
@Suite struct CopyTests {
    static let size = Size(width: 100, height: 30)

    /// Runs `events` through the real loop and returns the backend.
    static func run(_ app: inout App, _ events: [Event]) -> TestBackend {
        let backend = TestBackend(size: size, events: events)
        _ = Runner.run(&app, on: backend, timeoutMs: 0)
        return backend
    }

    @Test func aBrowserRowIsCopiedAsTheListsMarkdown() {
        var app = AppFixtures.app(size: Self.size)
        let backend = Self.run(&app, AppFixtures.keys("/canada") + [.key(.enter)] + AppFixtures.keys("y"))
        #expect(backend.copied.count == 1)
        let text = backend.copied.first ?? ""
        #expect(text.hasPrefix("| ISO3 | Country | Region | Overall |"))
        #expect(text.contains("| CAN | Canada | Americas |"))
        #expect(!text.contains("DNK"))
        let status = backend.screen.lines().last ?? ""
        #expect(status.hasPrefix("copied Canada's row (Markdown, 5 lines)"), "\(status)")
        // The screen is what the app drew: copying paints nothing of its own.
        #expect(backend.screen == backend.lastFrame)
    }

    @Test func aProfileGivesItsSummaryAndAComparisonItsTable() {
        var profile = AppFixtures.app(size: Self.size, options: AppOptions(country: "MEX"))
        let copiedProfile = Self.run(&profile, AppFixtures.keys("y")).copied
        let expected = ProfileReport(profile: profile.profile("MEX")!, framework: profile.framework,
                                     sources: profile.store.sources).render(.md)
        #expect(copiedProfile == [expected])
        #expect(expected.hasPrefix("## Mexico (MEX)"))

        var compare = AppFixtures.app(size: Self.size)
        compare.openComparison("CAN", year: 2021, with: "DNK", year: 2021)
        let backend = Self.run(&compare, AppFixtures.keys("y"))
        let comparison = compare.comparison(compare.comparisonState!)!
        #expect(backend.copied == [ComparisonReport(comparison: comparison, framework: compare.framework).render(.md)])
        #expect(backend.screen.lines().last?.hasPrefix("copied the comparison of Canada and Denmark (Markdown") == true)
    }

    @Test func homeHasNothingToCopyAndSaysSo() {
        var app = AppFixtures.app(size: Self.size)
        let backend = Self.run(&app, AppFixtures.keys("y"))
        #expect(backend.copied.isEmpty)
        #expect(backend.screen.lines().last?.hasPrefix("nothing to copy here") == true)
    }

    @Test func aTerminalKnownToDropOSC52IsNamed() {
        var app = AppFixtures.app(size: Self.size, options: AppOptions(
            country: "CAN", clipboardProblem: "TERM=linux ignores it"))
        let backend = Self.run(&app, AppFixtures.keys("y"))
        #expect(backend.copied.count == 1)
        let status = app.view(size: Self.size).lines().last ?? ""
        #expect(status.hasPrefix("sent Canada's profile summary as OSC 52, but TERM=linux ignores it"), "\(status)")
    }

    @Test func copyIsRebindableByName() {
        var app = AppFixtures.app(size: Self.size, options: AppOptions(country: "CAN", keys: [KeyRebinding(action: "copy", keys: ["C-y"])]))
        #expect(Self.run(&app, AppFixtures.keys("y")).copied.isEmpty)
        #expect(Self.run(&app, [.key(.ctrl("y"))]).copied.count == 1)
    }
}
