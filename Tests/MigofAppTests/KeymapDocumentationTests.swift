import Foundation
import Testing
@testable import MigofApp

/// The README's key table must list every binding of the keymap, with its keys and help text.
@Suite struct KeymapDocumentationTests {
    static let readme: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    static let contextNames: [Context: String] = [
        .global: "everywhere", .home: "home", .area: "area panel", .browser: "country browser", .profile: "country profile",
        .compare: "comparison", .helpDialog: "help", .picker: "country picker", .noteEditor: "note editor",
        .newYear: "new year", .confirm: "confirmation", .quitDialog: "unsaved changes", .recover: "recovery",
        .addCountry: "add a country", .log: "audit log", .map: "world map", .commandPrompt: "command prompt",
        .rounds: "rounds", .review: "review", .conflicts: "merge conflicts",
    ]

    @Test func readmeListsEveryBinding() {
        let rows = Self.readme.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| `") }
        #expect(!rows.isEmpty)
        for binding in Keymap.standard.bindings {
            let keys = binding.keyLabel.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
            let row = "| \(keys) | \(Self.contextNames[binding.context]!) | \(binding.help) |"
            #expect(rows.contains(row), "README lacks the row: \(row)")
        }
    }

    @Test func everyScreenHasHintsAndHelp() {
        for context in Context.allCases {
            #expect(!Keymap.standard.hints(for: context).isEmpty)
            #expect(Keymap.standard.sections(for: context).first?.context == context || context == .global)
        }
    }

    @Test func screenBindingsOverrideGlobalOnes() {
        #expect(Keymap.standard.action(for: .enter, in: .home) == .open)
        #expect(Keymap.standard.action(for: .tab, in: .browser) == .nextFocus)
        #expect(Keymap.standard.action(for: .char("z"), in: .home) == nil)
        #expect(Keymap.standard.action(for: .char("2"), in: .profile) == .score(1))
        #expect(Keymap.standard.action(for: .char("5"), in: .profile) == .score(4), "digits answer on the profile")
        #expect(Keymap.standard.action(for: .char("5"), in: .home) == .area(4))
        #expect(Keymap.standard.action(for: .char("3"), in: .browser) == .area(2))
        let hints = Keymap.standard.hints(for: .browser).map(\.label)
        #expect(hints.contains("profile"))
        #expect(!hints.contains("open"))
    }
}
