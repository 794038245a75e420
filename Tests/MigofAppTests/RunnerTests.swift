import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// The real `Runner` loop, driven through a backend that builds its screen from diffs.
@Suite struct RunnerTests {
    static func keys(_ text: String) -> [Event] { text.map { .key(.char($0)) } }

    @Test func keysTravelThroughTheLoopToTheScreen() {
        let size = Size(width: 100, height: 30)
        var app = AppFixtures.app(size: size)
        let backend = TestBackend(size: size, events: Self.keys("/canada") + [.key(.enter), .key(.enter)])
        let status = Runner.run(&app, on: backend, timeoutMs: 0)
        #expect(status == 0 && !app.quitRequested)
        // What the terminal shows, built from diffs, is the frame the app drew.
        #expect(backend.screen == backend.lastFrame)
        #expect(backend.screen.lines()[0].contains("Home › Countries › Canada"))
        #expect(backend.framesDrawn == 10)
    }

    @Test func resizesAndThemesRedrawWholeAndQuitEndsTheLoop() {
        var app = AppFixtures.app(options: AppOptions(themes: [.builtinDark, Theme(name: "plain", styles: [:])]))
        let backend = TestBackend(size: Size(width: 80, height: 24), events: Self.keys("b"))
        _ = Runner.run(&app, on: backend, timeoutMs: 0)
        backend.resize(to: Size(width: 60, height: 16))
        backend.enqueue(Self.keys("t") + [.key(.down), .mouse(MouseEvent(x: 5, y: 6, kind: .press(1)))])
        _ = Runner.run(&app, on: backend, timeoutMs: 0)
        #expect(backend.theme.name == "plain")
        #expect(backend.screen == app.view(size: Size(width: 60, height: 16)))
        #expect(backend.screen.mismatch(app.view(size: Size(width: 60, height: 16)).lines()) == nil)
        backend.enqueue([.key(.ctrl("c"))])
        #expect(Runner.run(&app, on: backend, timeoutMs: 0) == 130)
    }

    /// An edit made through the loop reaches the document, and the footer marks it unsaved.
    @Test func anEditThroughTheLoopMarksTheStoreModified() {
        let size = Size(width: 100, height: 30)
        var app = AppFixtures.app(size: size)
        let backend = TestBackend(size: size, events: Self.keys("/can") + [.key(.enter), .key(.enter), .key(.down),
                                                                            .key(.enter), .key(.down)] + Self.keys("3"))
        _ = Runner.run(&app, on: backend, timeoutMs: 0)
        #expect(app.isModified)
        #expect(backend.screen.lines().last?.hasPrefix("[+] ") == true)
    }
}
