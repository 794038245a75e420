import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The dashboard on a generated store of local codes (`S00042`) rather than ISO3 codes.
@Suite struct SyntheticStoreAppTests {
    static let store = SyntheticStore(entities: 2_000, years: 2, seed: 5).make(framework: AppFixtures.framework)

    func app() -> App {
        _ = TextWidth.useUTF8Locale()
        var app = App(store: Self.store, framework: AppFixtures.framework, storePath: "/data/synthetic.json")
        app.update(.resize(Size(width: 100, height: 30)))
        return app
    }

    @Test func theBrowserShowsWholeLocalCodes() {
        var app = app()
        app.type("b")
        let text = app.screenText(Size(width: 100, height: 30))
        #expect(text.contains("S00001 Synthland 00001"))
        #expect(text.contains("2000 of 2000"))
    }

    @Test func searchFindsByNameAndByLocalCode() {
        var app = app()
        app.type("/s01234")
        #expect(app.browserRows == ["S01234"])
        app.press(.escape)
        app.type("/land 0199")
        #expect(app.browserRows == (1990...1999).map { "S0\($0)" })
        app.press(.backspace)
        #expect(app.browserRows.count == 100, "land 019 matches 01900 to 01999")
    }
}
