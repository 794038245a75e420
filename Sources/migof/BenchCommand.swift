import ArgumentParser
import Foundation
import MigofApp
import MigofCore
import MigofTerminal
import MigofWidgets

/// Hidden: run by `make bench` inside a pseudo-terminal; prints per-key timings as JSON lines.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-frames", abstract: "Time key-to-frame on the real terminal backend.", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Timed keys per scenario.") var count = 300
    @Option(help: "Write results here (the terminal shows the frames).") var out: String
    @Flag(help: "Draw the first frame and exit, for the start-up figure; writes the peak memory.") var firstFrame = false
    @Option(help: "Only the scenarios whose names contain one of these words (comma-separated).") var only: String?

    func run() throws {
        setlocale(LC_ALL, "")
        if firstFrame { return try runFirstFrame() }
        // A real editing session, so the score scenario pays for the journal's fsync as a user does.
        let (workspace, session) = try reporting { () throws(MigofError) in
            try Workspace.openForEditing(paths: global.paths, notice: printError)
        }
        defer { session?.close() }
        let app = App(store: workspace.store, framework: workspace.framework, storePath: workspace.paths.store,
                      options: AppOptions(glyphs: Glyphs.forCurrentLocale(), session: session))
        let backend = NcursesBackend(mouse: false, theme: app.theme)
        defer { backend.shutdown() }
        var lines: [String] = []
        // The same keys without a terminal, to tell the cost of building frames from that of flushing them.
        let memory = MemoryBackend(size: backend.size)
        let words = only?.split(separator: ",").map(String.init)
        let scenarios = (FrameBenchmark.scenarios + storeSearches(workspace.store) + [scoreEdit]).filter { scenario in
            words.map { $0.contains { scenario.name.contains($0) } } ?? true
        }
        // Headless runs also leave out the journal, so they show what an edit costs without the disk.
        let unjournalled = App(store: workspace.store, framework: workspace.framework, storePath: workspace.paths.store,
                               options: AppOptions(glyphs: Glyphs.forCurrentLocale()))
        for (kind, target, start) in [("terminal", backend as Backend, app), ("headless", memory as Backend, unjournalled)] {
            for scenario in scenarios {
                if kind == "terminal", scenario.name == scoreEdit.name {
                    // The key's frame shows the edit pending; the fsync's cost is its own row.
                    let (frames, durable) = FrameBenchmark.measureDurable(scenario, app: start, backend: target, count: count)
                    lines.append(Self.line(kind, scenario.name, frames))
                    lines.append(Self.line(kind, scenario.name + ", key -> journal durable", durable))
                    continue
                }
                lines.append(Self.line(kind, scenario.name, FrameBenchmark.measure(scenario, app: start, backend: target, count: count)))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }

    /// The dashboard's own start (loading frame, store loaded on its own thread), then its
    /// first full frame; writes when each was drawn (monotonic seconds, the clock `make
    /// bench` starts from) and the peak memory once the dashboard is open.
    private func runFirstFrame() throws {
        let loader = BackgroundLoad(paths: global.paths, user: nil)
        let backend = NcursesBackend(mouse: false, theme: Theme.builtinDark)
        defer { backend.shutdown() }
        var painted = 0.0
        let start = DashboardStart.begin(loader: loader, paths: global.paths, backend: backend, glyphs: Glyphs.forCurrentLocale(),
                                         painted: { painted = monotonicSeconds() })
        guard case .loaded = start.outcome else { return }
        let (workspace, session) = try reporting { () throws(MigofError) in try start.loader.result.get() }
        keepUntilExit(workspace)
        defer { session?.close() }
        let app = App(store: workspace.store, framework: workspace.framework, storePath: workspace.paths.store,
                      options: AppOptions(glyphs: Glyphs.forCurrentLocale(), session: session, headlines: workspace.headlines))
        backend.draw(app.view(size: backend.size))
        let full = monotonicSeconds()
        keepUntilExit(app)
        let peak = peakResidentBytes() ?? 0
        let text = "{\"peakBytes\": \(peak), \"firstPaint\": \(painted), \"fullFrame\": \(full)}\n"
        try text.write(toFile: out, atomically: true, encoding: .utf8)
    }

    /// One JSON line of samples for `make bench`.
    private static func line(_ kind: String, _ name: String, _ samples: [Double]) -> String {
        let list = samples.map { String(format: "%.4f", $0) }.joined(separator: ",")
        return "{\"kind\": \"\(kind)\", \"name\": \"\(name)\", \"ms\": [\(list)]}"
    }

    /// Scoring the first indicator of the browser's first country, 1 to 4 and round again:
    /// every key is an edit, journalled (its fsync in the background), with the rankings and
    /// tiles updated.
    private var scoreEdit: FrameBenchmark.Scenario {
        FrameBenchmark.Scenario(name: "score edit", setup: [.char("b"), .enter, .enter, .down],
                                keys: [.char("1"), .char("2"), .char("3"), .char("4")])
    }

    /// Typing, then erasing, the names of a dozen entities spread over the store: each
    /// keystroke narrows (then widens) the search over every name in the store. A different
    /// name each round, so no round is answered from an earlier one's memory. Three ways:
    /// keys back to back, timed to each key's frame (a search of a large store may still be
    /// under way in it: "searching…"); keys at a human pace (the search finished, untimed,
    /// before the next key); and timed to the frame of the finished result.
    private func storeSearches(_ store: Store) -> [FrameBenchmark.Scenario] {
        let codes = store.codes
        var keys: [Key] = [.char("a"), .backspace]
        if !codes.isEmpty {
            keys = []
            for round in 0..<12 {
                let name = store.countries[codes[(codes.count / 2 + round * codes.count / 12) % codes.count]]!.name.lowercased()
                let typed = Array(name.prefix(15))
                keys += typed.map { .char($0) } + Array(repeating: .backspace, count: typed.count)
            }
        }
        return [("search the store by name", FrameBenchmark.Settle.never), ("search the store by name, human pace", .untimed),
                ("search the store by name, to the finished result", .timed)].map { name, settle in
            FrameBenchmark.Scenario(name: name, setup: [.char("/")], keys: keys, settle: settle)
        }
    }
}
