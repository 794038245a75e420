import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// Keys pressed in turn from the config file (`quit = ["q", "Z Z"]`): a pending first key
/// with a hint, Esc or any other key cancelling, help showing them, collisions refused.
@Suite struct KeySequenceRebindingTests {
    static let quitZZ = [KeyRebinding(action: "quit", keys: ["q", "Z Z"])]
    static let size = Size(width: 100, height: 30)

    static func status(_ app: App) -> String { app.view(size: size).lines().last ?? "" }

    @Test func theSecondKeyCompletesTheSequence() {
        var app = AppFixtures.app(size: Self.size, options: AppOptions(keys: Self.quitZZ))
        app.press(.char("Z"))
        #expect(!app.quitRequested)
        #expect(Self.status(app).hasPrefix("Z … Z quit (Esc cancels)"), "\(Self.status(app))")
        app.press(.char("Z"))
        #expect(app.quitRequested && app.exitStatus == 0)
        var single = AppFixtures.app(size: Self.size, options: AppOptions(keys: Self.quitZZ))
        single.press(.char("q"))
        #expect(single.quitRequested)
    }

    @Test func escOrAnyOtherKeyCancels() {
        var app = AppFixtures.app(size: Self.size, options: AppOptions(keys: Self.quitZZ))
        app.press(.char("Z"), .escape)
        #expect(!app.quitRequested && app.screenID == .home)
        #expect(Self.status(app).hasPrefix("Z cancelled"))
        // The cancelling key does nothing else: b would open the browser.
        app.press(.char("Z"), .char("b"))
        #expect(Self.status(app).hasPrefix("Z b is not bound; cancelled"))
        #expect(app.screenID == .home)
        app.press(.char("Z"))
        #expect(!app.quitRequested)
        // After a cancel, keys work again, and the sequence still does.
        app.press(.char("b"))
        #expect(app.screenID == .home, "b cancelled the pending Z")
        app.press(.char("b"))
        #expect(app.screenID == .browser)
        app.press(.char("Z"), .char("Z"))
        #expect(app.quitRequested)
    }

    @Test func helpAndFooterShowTheSequence() {
        var app = AppFixtures.app(size: Self.size, options: AppOptions(keys: Self.quitZZ))
        app.press(.char("?"))
        // Help is longer than a screen: read it page by page.
        var help = app.screenText(Self.size)
        for _ in 0..<12 {
            app.press(.pageDown)
            help += app.screenText(Self.size)
        }
        #expect(help.contains("q / Z Z"))
        let binding = app.chrome.keymap.bindings.first { $0.action == .quit }
        #expect(binding?.keyLabel == "q / Z Z")
        #expect(app.chrome.keymap.hints(for: .home).contains { $0.key == "q / Z Z" && $0.label == "quit" })
    }

    @Test func aSequenceMayNotBeginWithAnotherActionsKey() {
        let (keymap, problems) = Keymap.standard.rebound([KeyRebinding(action: "home", keys: ["g x"], place: "c:4")])
        #expect(problems == ["c:4: keys.home: 'g x' begins with g, already the key of top (Everywhere: First item); home keeps H"])
        #expect(keymap.sequence([.char("g")], in: .home) == .none)
        #expect(keymap.action(for: .char("H"), in: .home) == .home)
    }

    @Test func aKeyMayNotBeginAnotherActionsSequence() {
        let (keymap, problems) = Keymap.standard.rebound([
            KeyRebinding(action: "quit", keys: ["Z Z"]), KeyRebinding(action: "save", keys: ["Z"], place: "c:5"),
        ])
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("c:5: keys.save: 'Z' begins a sequence that is already the key of quit") == true)
        #expect(keymap.sequence([.char("Z"), .char("Z")], in: .browser) == .action(.quit))
        #expect(keymap.action(for: .char("s"), in: .home) == .save)
    }

    @Test func aScreenSequenceWorksOnlyThere() {
        let (keymap, problems) = Keymap.standard.rebound([KeyRebinding(action: "compare-swap", keys: ["x", "v v"])])
        #expect(problems.isEmpty)
        #expect(keymap.sequence([.char("v"), .char("v")], in: .compare) == .action(.compare(.swap)))
        #expect(keymap.sequence([.char("v")], in: .home) == .none)
        // Several sequences of one action with `area` keep their order for the index.
        let (areas, _) = Keymap.standard.rebound([KeyRebinding(action: "area", keys: ["1", "a 2"])])
        #expect(areas.sequence([.char("a"), .char("2")], in: .home) == .action(.area(1)))
    }
}
