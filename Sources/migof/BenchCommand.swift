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
    @Flag(help: "Draw the first frame and exit, for the start-up figure.") var firstFrame = false

    func run() throws {
        setlocale(LC_ALL, "")
        let workspace = try global.open()
        let app = App(store: workspace.store, framework: workspace.framework, storePath: workspace.paths.store,
                      options: AppOptions(glyphs: Glyphs.forCurrentLocale()))
        let backend = NcursesBackend(mouse: false, theme: app.theme)
        defer { backend.shutdown() }
        if firstFrame {
            backend.draw(app.view(size: backend.size))
            return
        }
        var lines: [String] = []
        // The same keys without a terminal, to tell the cost of building frames from that of flushing them.
        let memory = MemoryBackend(size: backend.size)
        for (kind, target) in [("terminal", backend as Backend), ("headless", memory as Backend)] {
            for scenario in FrameBenchmark.scenarios {
                let samples = FrameBenchmark.measure(scenario, app: app, backend: target, count: count)
                let list = samples.map { String(format: "%.4f", $0) }.joined(separator: ",")
                lines.append("{\"kind\": \"\(kind)\", \"name\": \"\(scenario.name)\", \"ms\": [\(list)]}")
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}
