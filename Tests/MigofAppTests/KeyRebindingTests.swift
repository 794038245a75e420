import Testing
@testable import MigofApp
import MigofWidgets

/// The config file's `keys` table: rebinding by action name, in screens and dialogs, with help,
/// the footer and the handling following, and collisions in one scope refused by name.
@Suite struct KeyRebindingTests {
    @Test func aReboundActionHasExactlyItsNewKeys() {
        let (keymap, problems) = Keymap.standard.rebound([KeyRebinding(action: "save", keys: ["C-w"])])
        #expect(problems.isEmpty)
        #expect(keymap.action(for: .ctrl("w"), in: .home) == .save)
        #expect(keymap.action(for: .char("s"), in: .home) == nil)
        #expect(keymap.hints(for: .home).contains { $0.key == "C-w" && $0.label == "save" })
    }

    @Test func dialogBindingsRebindToo() {
        let (keymap, problems) = Keymap.standard.rebound([KeyRebinding(action: "yes", keys: ["o"])])
        #expect(problems.isEmpty)
        #expect(keymap.dialogAction(for: .char("o"), in: .confirm) == .dialog(.yes))
        #expect(keymap.dialogAction(for: .char("y"), in: .confirm) == nil)
    }

    @Test func aCollisionInOneScopeIsRefusedNamingBoth() {
        let (keymap, problems) = Keymap.standard.rebound([KeyRebinding(action: "save", keys: ["q"], place: "config.toml:7")])
        #expect(problems.count == 1)
        let message = problems.first ?? ""
        #expect(message.hasPrefix("config.toml:7: keys.save: 'q' is already the key of quit"))
        #expect(message.contains("save keeps s C-s"))
        #expect(keymap.action(for: .char("s"), in: .home) == .save)
        #expect(keymap.action(for: .char("q"), in: .home) == .quit)
    }

    @Test func aKeyFreedByAnotherRebindingMayBeTaken() {
        let (keymap, problems) = Keymap.standard.rebound([
            KeyRebinding(action: "save", keys: ["q"]), KeyRebinding(action: "quit", keys: ["Q"]),
        ])
        #expect(problems.isEmpty)
        #expect(keymap.action(for: .char("q"), in: .home) == .save)
        #expect(keymap.action(for: .char("Q"), in: .home) == .quit)
    }

    @Test func aScreenKeyMayStillShadowAGlobalOne() {
        // `o` orders in the browser; binding save to it everywhere is no collision there.
        let (keymap, problems) = Keymap.standard.rebound([KeyRebinding(action: "save", keys: ["o"])])
        #expect(problems.isEmpty)
        #expect(keymap.action(for: .char("o"), in: .home) == .save)
        #expect(keymap.action(for: .char("o"), in: .browser) == .nextSort)
    }

    @Test func unknownActionsAndDialogSequencesAreNamed() {
        let (keymap, problems) = Keymap.standard.rebound([
            KeyRebinding(action: "sav", keys: ["x"], place: "c:2"), KeyRebinding(action: "yes", keys: ["y y"], place: "c:3"),
        ])
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("c:2: keys.sav: no action has that name") == true)
        #expect(problems.last == "c:3: keys.yes: 'y y' is a sequence of keys; dialogs take single keys only, so it is ignored")
        #expect(keymap.dialogAction(for: .char("y"), in: .confirm) == .dialog(.yes))
    }

    @Test func theAppShowsReboundKeysInHelpAndFooter() {
        var app = AppFixtures.app(options: AppOptions(keys: [KeyRebinding(action: "save", keys: ["C-w"])]))
        // Wide enough for the whole footer, which drops hints from the end to fit.
        app.update(.resize(Size(width: 240, height: 30)))
        #expect(app.screenText(Size(width: 240, height: 30)).contains("C-w save"))
        app.update(.resize(Size(width: 100, height: 30)))
        app.press(.char("?"))
        // Help is longer than a screen: read it page by page.
        var help = app.screenText(Size(width: 100, height: 30))
        for _ in 0..<12 {
            app.press(.pageDown)
            help += app.screenText(Size(width: 100, height: 30))
        }
        #expect(help.contains("C-w"))
        #expect(help.contains("Save the store"))
    }

    @Test func everyActionNameIsUniqueAcrossActions() {
        var seen: [String: Action] = [:]
        for binding in Keymap.standard.bindings {
            let name = binding.action.name
            switch binding.action {
            case .area, .score: continue
            default: break
            }
            if let other = seen[name] { #expect(other == binding.action, "two actions named \(name)") }
            seen[name] = binding.action
        }
    }
}

/// The README's table of action names must name every action of the keymap with its keys.
@Suite struct ActionNameDocumentationTests {
    @Test func readmeNamesEveryAction() {
        let rows = KeymapDocumentationTests.readme.split(separator: "\n").map(String.init)
        var seen = Set<String>()
        for binding in Keymap.standard.bindings where seen.insert(binding.action.name).inserted {
            let keys = binding.keyLabel.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
            let row = "| `\(binding.action.name)` | \(keys) |"
            #expect(rows.contains { $0.hasPrefix(row) }, "README lacks the row: \(row) \(binding.help) |")
        }
    }
}
