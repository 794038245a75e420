import Foundation
import Testing
@testable import MigofApp
import MigofCore
import MigofWidgets

/// Right-to-left, Devanagari, CJK and emoji names and notes, and a 10,000-character note:
/// every screen keeps its layout (no cell overflow, borders intact), checked cell by cell,
/// and matches its golden text (`Goldens/hardtext-*.txt`; MIGOF_UPDATE_GOLDENS=1 rewrites them and fails the run).
@Suite struct HardTextGoldenTests {
    static let sizes = [Size(width: 120, height: 30), Size(width: 80, height: 24)]

    typealias Keys = @Sendable (inout App) -> Void

    static let fixed: [(String, Keys)] = [
        ("browser", { app in app.type("b") }),
        ("search-arabic", { app in app.type("/العربية") }),
        ("area-p1", { app in app.press(.enter) }),
    ]

    /// Each entity's profile, P1 expanded to show the notes.
    static let profiles: [(String, Keys)] = HardTextFixtures.entities.map { entity in
        let key = entity.key.lowercased()
        let keys: Keys = { app in
            app.type("/" + key)
            app.press(.enter, .enter, .enter)
        }
        return ("profile-\(key)", keys)
    }

    static var screens: [(String, Keys)] { fixed + profiles }

    @Test(arguments: sizes)
    func screensKeepTheirLayoutAndMatchGoldens(size: Size) throws {
        let update = ProcessInfo.processInfo.environment["MIGOF_UPDATE_GOLDENS"] == "1"
        var failures: [String] = []
        for (name, keys) in Self.screens {
            var app = HardTextFixtures.app(size: size)
            keys(&app)
            let frame = app.view(size: size)
            if let broken = KeyFuzzer.brokenCell(frame) { failures.append("\(name): \(broken)") }
            failures += Self.borderProblems(frame, screen: name).map { "\(name): \($0)" }
            let text = frame.lines().joined(separator: "\n") + "\n"
            let file = AppFixtures.goldens.appendingPathComponent("hardtext-\(name)-\(size.width)x\(size.height).txt")
            guard (try? String(contentsOf: file, encoding: .utf8)) != text else { continue }
            if update {
                // Record mode rewrites and still fails, so it never blesses a change silently.
                try text.write(to: file, atomically: true, encoding: .utf8)
                failures.append("\(file.lastPathComponent) rewritten (record mode); review the diff and run again")
            } else {
                failures.append("\(file.lastPathComponent) differs; got:\n\(text)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The profile screens reach the entity they name, with its notes on screen when wide.
    @Test func profilesShowTheNamesAndNotes() {
        for entity in HardTextFixtures.entities {
            var app = HardTextFixtures.app(size: Size(width: 120, height: 30))
            app.type("/" + entity.key.lowercased())
            app.press(.enter, .enter, .enter)
            #expect(app.screenID == .profile(entity.key))
            let text = app.view(size: Size(width: 120, height: 30)).lines().joined(separator: "\n")
            #expect(text.contains(String(entity.note.prefix(3))), "\(entity.key)")
        }
    }

    /// Full-width panels (browser, profile) have their corners and both vertical edges on
    /// every row; a character that overflowed its cell would push the right edge out.
    static func borderProblems(_ frame: Buffer, screen: String) -> [String] {
        guard screen == "browser" || screen.hasPrefix("search") || screen.hasPrefix("profile") else { return [] }
        let vertical: Set<String> = ["│", "┃"]
        let right = frame.size.width - 1
        guard let top = (0..<frame.size.height).first(where: { ["┌", "┏"].contains(frame[x: 0, y: $0].grapheme) }),
              let bottom = (0..<frame.size.height).last(where: { ["└", "┗"].contains(frame[x: 0, y: $0].grapheme) }) else {
            return ["no panel corners"]
        }
        var problems: [String] = []
        if !["┐", "┓"].contains(frame[x: right, y: top].grapheme) { problems.append("top right corner missing") }
        if !["┘", "┛"].contains(frame[x: right, y: bottom].grapheme) { problems.append("bottom right corner missing") }
        for y in (top + 1)..<bottom where !(vertical.contains(frame[x: 0, y: y].grapheme) && vertical.contains(frame[x: right, y: y].grapheme)) {
            problems.append("row \(y) lost a border")
        }
        return problems
    }
}
