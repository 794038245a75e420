import Foundation
import Testing
@testable import MigofApp
import MigofWidgets

/// The map, rounds and review screens (issue 12) at four sizes, text and style, plus what the
/// monochrome theme (`NO_COLOR`) draws of each: `make goldens` rewrites them.
@Suite struct WorldScreensGoldenTests {
    static let sizes = [Size(width: 200, height: 60), Size(width: 100, height: 30), Size(width: 80, height: 24),
                        Size(width: 60, height: 16)]

    /// Screens reached by keys from home; the review screens start from `ReviewFixtures`.
    static let screens: [(String, @Sendable (inout App) -> Void)] = [
        ("map", { app in app.type("M") }),
        ("map-den-change", { app in app.type("Mden"); app.press(.tab, .tab) }),
        ("map-o2", { app in app.type("M>>>>>") }),
        ("rounds", { app in app.type(":rounds"); app.press(.enter) }),
        ("rounds-europe-by-name", { app in app.type(":rounds"); app.press(.enter); app.type("rrrrO") }),
    ]
    static let reviewScreens: [(String, @Sendable (inout App) -> Void)] = [
        ("review", { app in app.type(":review"); app.press(.enter) }),
        ("review-p1-down", { app in app.type(":review"); app.press(.enter, .down, .right) }),
    ]

    @Test(arguments: sizes)
    func screensMatchGoldens(size: Size) throws {
        try GoldenScreenTests.check(Self.screens, size: size)
        try GoldenScreenTests.check(Self.reviewScreens, size: size, start: ReviewFixtures.app)
    }

    /// The monochrome theme, as `NO_COLOR` starts it.
    static let monochrome: Theme = {
        let catalog = ThemeCatalog(directories: [ThemeCatalogTests.bundled], requested: nil, environment: ["NO_COLOR": "1"])
        return catalog.themes[0]
    }()

    /// One letter per cell for what a monochrome terminal shows: `r` reverse, `_` underline,
    /// `B` bold, `d` dim, `.` plain.
    static func monochromeLines(_ frame: Buffer) -> [String] {
        (0..<frame.size.height).map { y in
            String((0..<frame.size.width).filter { !frame[x: $0, y: y].isContinuation }.map { x -> Character in
                let style = monochrome.resolve(frame[x: x, y: y].style)
                if style.reverse { return "r" }
                if style.underline { return "_" }
                if style.bold { return "B" }
                return style.dim ? "d" : "."
            })
        }
    }

    @Test(arguments: [Size(width: 100, height: 30), Size(width: 80, height: 24)])
    func monochromeMatchesGoldens(size: Size) throws {
        #expect(Self.monochrome.name == "monochrome")
        let update = ProcessInfo.processInfo.environment["MIGOF_UPDATE_GOLDENS"] == "1"
        var failures: [String] = []
        let starts: [(Size) -> App] = [{ AppFixtures.app(size: $0) }, { ReviewFixtures.app(size: $0) }]
        let all = Self.screens.map { ($0.0, $0.1, 0) } + Self.reviewScreens.map { ($0.0, $0.1, 1) }
        for (name, keys, start) in all {
            var app = starts[start](size)
            keys(&app)
            let text = Self.monochromeLines(app.view(size: size)).joined(separator: "\n") + "\n"
            let file = AppFixtures.goldens.appendingPathComponent("\(name)-\(size.width)x\(size.height).mono.txt")
            guard (try? String(contentsOf: file, encoding: .utf8)) != text else { continue }
            if update { try text.write(to: file, atomically: true, encoding: .utf8) }
            failures.append("\(file.lastPathComponent) \(update ? "rewritten (record mode)" : "differs; got:\n\(text)")")
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}

extension WorldScreensGoldenTests {
    /// In every bundled theme, the selected tile or row looks different from the cells beside
    /// it on its line and on the line below, so the selection shows on the map, rounds and
    /// review screens alike.
    @Test func selectionShowsInEveryBundledTheme() throws {
        let catalog = ThemeCatalog(directories: [ThemeCatalogTests.bundled], requested: nil, environment: [:])
        #expect(catalog.themes.count == ThemeCatalog.bundledOrder.count)
        let size = Size(width: 100, height: 30)
        let screens = Self.screens.map { ($0.0, $0.1, false) } + Self.reviewScreens.map { ($0.0, $0.1, true) }
        for theme in catalog.themes {
            for (name, keys, review) in screens {
                var app = review ? ReviewFixtures.app(size: size) : AppFixtures.app(size: size)
                keys(&app)
                let frame = app.view(size: size)
                let row = try #require((1..<size.height - 1).first { y in
                    (0..<size.width).contains { frame[x: $0, y: y].style.role == .selection }
                }, "\(name): no selection")
                // The selected line and the one below it: a row highlight has neighbours only there.
                let cells = [row, row + 1].flatMap { y in (0..<size.width).map { frame[x: $0, y: y] } }
                    .filter { $0.grapheme != " " && !$0.isContinuation }
                let selected = Set(cells.filter { $0.style.role == .selection }.map { theme.resolve($0.style) })
                let others = Set(cells.filter { $0.style.role != .selection && $0.style.role != .border && $0.style.role != .focusBorder }
                    .map { theme.resolve($0.style) })
                #expect(!selected.isEmpty && selected.isDisjoint(with: others), "\(theme.name) \(name): the selection looks like its neighbours")
            }
        }
    }
}

extension WorldScreensGoldenTests {
    /// The three screens at sizes from 1x1 to 120x40 draw a frame of exactly that size,
    /// never a line wider than the terminal.
    @Test func everySizeRenders() {
        // One of each screen, on a sparse grid of sizes, so the sweep stays a few seconds.
        let screens = Self.screens.filter { ["map", "rounds"].contains($0.0) }.map { ($0.0, $0.1, false) }
            + Self.reviewScreens.prefix(1).map { ($0.0, $0.1, true) }
        for (name, keys, review) in screens {
            var app = review ? ReviewFixtures.app(size: Size(width: 100, height: 30)) : AppFixtures.app()
            keys(&app)
            for width in stride(from: 1, through: 120, by: 7) {
                for height in stride(from: 1, through: 40, by: 5) {
                    let size = Size(width: width, height: height)
                    app.update(.resize(size))
                    let lines = app.view(size: size).lines()
                    if lines.count != height || lines.contains(where: { $0.count > width }) {
                        Issue.record("\(name): bad frame at \(width)x\(height)")
                        return
                    }
                }
            }
        }
    }
}
