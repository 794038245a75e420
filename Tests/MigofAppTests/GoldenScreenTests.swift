import Foundation
import Testing
@testable import MigofApp
import MigofWidgets

/// Each screen at three sizes, compared with checked-in text. `make goldens` rewrites them
/// (MIGOF_UPDATE_GOLDENS=1) when a change of look is intended.
@Suite struct GoldenScreenTests {
    static let sizes = [Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 60, height: 16)]

    /// Screens by name, each reached by keys from the home screen.
    static let screens: [(String, @Sendable (inout App) -> Void)] = [
        ("home", { _ in }),
        ("home-o2", { app in app.press(.right, .down) }),
        ("area-p1", { app in app.press(.enter) }),
        ("area-o3-indicators", { app in app.type("6"); app.press(.tab, .down) }),
        ("browser", { app in app.type("b") }),
        ("browser-search-cote", { app in app.type("/cote") }),
        ("browser-europe-by-o1", { app in app.type("brrrrooooo") }),
        ("profile-can", { app in app.type("/can"); app.press(.enter, .enter) }),
        ("profile-can-p1-open", { app in app.type("/can"); app.press(.enter, .enter, .enter) }),
        ("profile-mex-2019", { app in app.type("/mexico"); app.press(.enter, .enter); app.type("[") }),
        ("help", { app in app.type("?") }),
        ("profile-can-scored", { app in app.type("/can"); app.press(.enter, .enter, .enter, .down); app.type("3"); app.press(.down); app.type("2") }),
        ("note-editor", { app in app.type("/can"); app.press(.enter, .enter, .enter, .down); app.type("nLoi n° 12 — vérifiée") }),
        ("quit-prompt", { app in app.type("/can"); app.press(.enter, .enter, .enter, .down); app.type("4q") }),
        ("log-can", { app in app.type("/can"); app.press(.enter, .enter); app.type("L") }),
    ]

    /// The compare screen at its three sizes: 60x20 is below 70 columns, where the sides stack.
    static let compareSizes = [Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 60, height: 20)]

    /// Comparisons, each reached by keys the way an analyst would.
    static let compareScreens: [(String, @Sendable (inout App) -> Void)] = [
        // Two countries with per-area data, marked in the browser.
        ("compare-can-dnk", { app in
            app.type("/canada"); app.press(.enter); app.type(" "); app.press(.escape)
            app.type("/denmark"); app.press(.enter); app.type(" c")
        }),
        // An overall rating only (Afghanistan) against full data, from the profile's picker.
        ("compare-afg-can", { app in app.type("/afghanistan"); app.press(.enter, .enter); app.type("ccanada"); app.press(.enter) }),
        // One country against itself: the trend view, 2019 against 2021.
        ("compare-mex-2019-2021", { app in app.type("/mexico"); app.press(.enter, .enter); app.type("cmexico"); app.press(.enter) }),
        // Indicators expanded on both sides, the focus moved to B.
        ("compare-can-dnk-p2-open", { app in
            app.type("/canada"); app.press(.enter, .enter); app.type("cdenmark"); app.press(.enter, .down, .down, .enter, .right)
        }),
        // The picker, narrowed by a few letters.
        ("compare-picker-den", { app in app.type("/canada"); app.press(.enter, .enter); app.type("cden") }),
    ]

    @Test(arguments: compareSizes)
    func compareScreensMatchGoldens(size: Size) throws {
        try Self.check(Self.compareScreens, size: size)
    }

    @Test(arguments: sizes)
    func screensMatchGoldens(size: Size) throws {
        try Self.check(Self.screens, size: size)
    }

    /// Compares each screen's text and its per-cell style layer (`Buffer.styleLines`) with the
    /// checked-in files. Record mode (MIGOF_UPDATE_GOLDENS=1) rewrites them and still fails,
    /// so a run can never bless a change silently.
    /// `start` makes the app each screen's keys begin from (the bundled MGI-topics store by default).
    static func check(_ screens: [(String, @Sendable (inout App) -> Void)], size: Size,
                      start: (Size) -> App = { AppFixtures.app(size: $0) }) throws {
        let update = ProcessInfo.processInfo.environment["MIGOF_UPDATE_GOLDENS"] == "1"
        var failures: [String] = []
        for (name, keys) in screens {
            var app = start(size)
            keys(&app)
            let frame = app.view(size: size)
            let layers = [("txt", frame.lines().joined(separator: "\n") + "\n"),
                          ("style.txt", frame.styleLines().joined(separator: "\n") + "\n")]
            for (suffix, text) in layers {
                let file = AppFixtures.goldens.appendingPathComponent("\(name)-\(size.width)x\(size.height).\(suffix)")
                let expected = try? String(contentsOf: file, encoding: .utf8)
                guard expected != text else { continue }
                if update {
                    try text.write(to: file, atomically: true, encoding: .utf8)
                    failures.append("\(file.lastPathComponent) rewritten (record mode); review the diff and run again")
                } else {
                    failures.append("\(file.lastPathComponent) differs; got:\n\(text)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func tooSmallSaysWhatItNeeds() {
        let app = AppFixtures.app(size: Size(width: 30, height: 8))
        let text = app.screenText(Size(width: 30, height: 8))
        #expect(text.contains("terminal too small:"))
        #expect(text.contains("need 40x10, have 30x8"))
        let grown = app.screenText(Size(width: 80, height: 24))
        #expect(!grown.contains("too small"))
        #expect(grown.contains("Press ? for help"))
    }
}
