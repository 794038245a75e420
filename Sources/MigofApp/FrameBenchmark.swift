import Foundation
import MigofWidgets

/// Times the key-to-frame path: `update`, `view` and the backend's `draw` (which flushes),
/// for a fixed script of keys, so `make bench` measures what a user feels.
public enum FrameBenchmark {
    /// One measured kind of key press.
    public struct Scenario: Sendable {
        public var name: String
        /// Keys to reach the starting screen; not timed.
        public var setup: [Key]
        /// Keys pressed and timed one by one, cycling until `count` samples are taken.
        public var keys: [Key]
        /// What happens to work a key leaves pending (a search under way) before the next key.
        public var settle: Settle

        public init(name: String, setup: [Key], keys: [Key], settle: Settle = .never) {
            self.name = name
            self.setup = setup
            self.keys = keys
            self.settle = settle
        }
    }

    /// Whether the app's pending work (`App.idle`, as `Runner` does it between keys) is
    /// done after each key, and whether that is timed.
    public enum Settle: Sendable {
        /// Keys back to back, as a fast typist or a paste: the next key comes before the work is done.
        case never
        /// The work is done after each key's frame, untimed: keys typed at a human pace.
        case untimed
        /// Timed to the frame that shows the finished result.
        case timed
    }

    public static let scenarios = [
        Scenario(name: "scroll the country browser", setup: [.char("b")], keys: Array(repeating: .down, count: 60) + Array(repeating: .up, count: 60)),
        Scenario(name: "search keystroke", setup: [.char("/")], keys: Array("canada") .map { .char($0) } + Array(repeating: .backspace, count: 6)),
        Scenario(name: "move between home tiles", setup: [], keys: [.right, .right, .down, .left, .left, .up]),
        Scenario(name: "expand a profile area", setup: [.char("/"), .char("c"), .char("a"), .char("n"), .enter, .enter], keys: [.enter, .down, .down, .up, .up]),
        // Every area open (d), so each step rebuilds two profiles and a screenful of indicator rows.
        Scenario(name: "move and swap in a comparison",
                 setup: Array("/canada").map { .char($0) } + [.enter, .enter] + Array("cdenmark").map { .char($0) } + [.enter, .char("d")],
                 keys: Array(repeating: .down, count: 20) + [.char("x")] + Array(repeating: .up, count: 20) + [.char("x")]),
    ]

    /// Milliseconds per key for `count` keys of `scenario`, after `warmup` untimed ones.
    public static func measure(_ scenario: Scenario, app start: App, backend: Backend, count: Int, warmup: Int = 20) -> [Double] {
        var app = start
        app.update(.resize(backend.size))
        for key in scenario.setup { app.update(.key(key)) }
        backend.draw(app.view(size: backend.size))
        var samples: [Double] = []
        samples.reserveCapacity(count)
        var index = 0
        for step in 0..<(warmup + count) {
            let key = scenario.keys[index % scenario.keys.count]
            index += 1
            let start = DispatchTime.now().uptimeNanoseconds
            app.update(.key(key))
            backend.draw(app.view(size: backend.size))
            if scenario.settle == .timed { settle(&app, backend) }
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            if step >= warmup { samples.append(Double(elapsed) / 1_000_000) }
            if scenario.settle == .untimed { settle(&app, backend) }
        }
        return samples
    }

    /// Does the app's pending work in `Runner`'s idle steps, a frame after each.
    private static func settle(_ app: inout App, _ backend: Backend) {
        while app.hasPendingWork { Runner.idle(&app, on: backend) }
    }

    /// For edits: milliseconds per key to the key's frame (the edit shown, pending) and to
    /// the frame after its journal fsync returned (the edit done), after `warmup` untimed
    /// keys. Each key waits for its fsync before the next, so no sample shares one.
    public static func measureDurable(_ scenario: Scenario, app start: App, backend: Backend, count: Int,
                                      warmup: Int = 20) -> (frame: [Double], durable: [Double]) {
        var app = start
        app.update(.resize(backend.size))
        for key in scenario.setup { app.update(.key(key)) }
        backend.draw(app.view(size: backend.size))
        var frames: [Double] = [], durable: [Double] = []
        frames.reserveCapacity(count)
        durable.reserveCapacity(count)
        for step in 0..<(warmup + count) {
            let key = scenario.keys[step % scenario.keys.count]
            let start = DispatchTime.now().uptimeNanoseconds
            app.update(.key(key))
            backend.draw(app.view(size: backend.size))
            let framed = DispatchTime.now().uptimeNanoseconds
            if app.settleJournal(wait: true) { backend.draw(app.view(size: backend.size)) }
            let done = DispatchTime.now().uptimeNanoseconds
            if step >= warmup {
                frames.append(Double(framed - start) / 1_000_000)
                durable.append(Double(done - start) / 1_000_000)
            }
        }
        return (frames, durable)
    }
}
