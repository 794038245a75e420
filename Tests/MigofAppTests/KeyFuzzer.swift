import Foundation
@testable import MigofApp
import MigofCore
import MigofWidgets

/// Seeded random event streams through the headless app, with the app's invariants checked
/// after every event; a failure names its seed and the shortest prefix that fails.
///
/// A stream mixes every key of `Keymap.standard`, random text (accents, CJK, emoji,
/// combining marks), keys no binding uses, mouse clicks and wheel turns, signals, and resizes
/// between 1x1 and 250x80. Quitting ends a session and the stream continues on a fresh app,
/// so one stream covers many sessions.
struct KeyFuzzer {
    /// The app as loaded, before any event.
    let start: App
    /// The store the app was loaded with.
    let loaded: Store
    /// Events between two store checks (`storeViolation`), which cost a save and a load; the
    /// store check also runs after the last event.
    var storeCheckInterval = 5_000
    /// Events between two checks of every cell of the frame; the frame's size is checked
    /// after every event.
    var cellCheckInterval = 8

    init(start: App) {
        self.start = start
        loaded = start.store
    }

    /// A broken invariant: after which event, and what broke.
    struct Failure: Equatable {
        var index: Int
        var invariant: String
    }

    // MARK: - Streams

    static let text: [Character] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,;:'\"!?@#$%^&*()+=<>/\\|~`")
        + ["é", "ü", "ß", "ç", "Å", "ñ", "日", "本", "한", "ع", "ש", "न", "🚀", "👩‍👩‍👧", "🇨🇦", "e\u{301}", "\u{200D}", "\u{FEFF}", "\t"]

    static let unboundKeys: [Key] = [.backspace, .delete, .insert, .home, .end, .escape, .enter, .tab, .backTab]
        + (1...12).map { .function($0) } + "abdeghijklmnopqrstuvwxyz".map { .ctrl($0) }

    /// `count` events from `seed`: first every key of the keymap once, then random ones.
    static func events(seed: UInt64, count: Int) -> [Event] {
        var random = SplitMix64(seed: seed)
        let bound = Keymap.standard.bindings.flatMap(\.keys)
        let quits: Set<Key> = [.char("q"), .ctrl("c")]
        var events = bound.filter { !quits.contains($0) }.map { Event.key($0) }
        var size = Size(width: 100, height: 30)
        while events.count < count {
            switch random.next(below: 100) {
            case 0..<50:
                let key = random.pick(bound)
                // Quitting ends a session; keep sessions long enough to reach deep states.
                if quits.contains(key), !random.oneIn(8) { continue }
                events.append(.key(key))
            case 50..<70:
                events.append(.key(.char(random.pick(text))))
            case 70..<80:
                events.append(.key(random.pick(unboundKeys)))
            case 80..<89:
                // Mostly ordinary sizes, sometimes the extremes.
                switch random.next(below: 4) {
                case 0: size = Size(width: random.next(in: 1...250), height: random.next(in: 1...80))
                case 1: size = Size(width: random.next(in: 1...45), height: random.next(in: 1...12))
                default: size = Size(width: random.next(in: 40...160), height: random.next(in: 10...50))
                }
                events.append(.resize(size))
            case 89..<99:
                let kinds: [MouseEvent.Kind] = [.press(1), .press(1), .press(3), .release, .scrollUp, .scrollDown]
                events.append(.mouse(MouseEvent(x: random.next(in: -1...size.width), y: random.next(in: -1...size.height),
                                                kind: random.pick(kinds))))
            default:
                events.append(random.oneIn(4) ? .signal(random.pick([1, 2, 15])) : .key(.char("?")))
            }
        }
        return Array(events.prefix(count))
    }

    // MARK: - Running

    /// Plays `events`, checking after each; the first failure, or nil.
    func run(_ events: [Event], trace: Bool = false) -> Failure? {
        var app = start
        var size = app.size
        for (index, event) in events.enumerated() {
            if trace { print("fuzz event \(index): \(event)") }
            if case .resize(let newSize) = event { size = newSize }
            app.update(event)
            let last = index == events.count - 1
            // The store check runs before a quit ends the session, since the next one starts afresh.
            if (index + 1) % storeCheckInterval == 0 || last || app.quitRequested, let broken = storeViolation(app) {
                return Failure(index: index, invariant: broken)
            }
            if app.quitRequested {
                app = start
                app.update(.resize(size))
                continue
            }
            let cells = (index + 1) % cellCheckInterval == 0 || last
            if let broken = violation(app, size: size, checkingCells: cells) { return Failure(index: index, invariant: broken) }
        }
        return nil
    }

    /// The first broken invariant of `app` showing a terminal of `size`, or nil.
    func violation(_ app: App, size: Size, checkingCells: Bool = true) -> String? {
        let frame = app.view(size: size)
        guard frame.size == size else { return "frame is \(frame.size), terminal is \(size)" }
        if checkingCells, let broken = Self.brokenCell(frame) { return broken }
        guard !app.stack.isEmpty else { return "no screen" }
        for screen in app.stack {
            switch screen {
            case .area(let model) where app.framework.area(model.id) == nil: return "unknown area \(model.id) on the stack"
            case .profile(let model) where app.store.countries[model.code] == nil: return "unknown country \(model.code) on the stack"
            default: break
            }
        }
        guard app.years.isEmpty || app.years.contains(app.year) else { return "year \(app.year) not in the store" }
        guard app.chrome.themes.indices.contains(app.chrome.themeIndex) else { return "theme index \(app.chrome.themeIndex)" }
        // Every screen on the stack, not only the top one, must be valid for the document.
        for screen in app.stack {
            if let broken = Self.brokenScreen(screen, app) { return broken }
        }
        for dialog in app.dialogs {
            if case .help(let help) = dialog, help.offset < 0 { return "help offset \(help.offset)" }
        }
        return nil
    }

    /// The store checks: the store in memory is the loaded one with the surviving edits
    /// replayed, undoing every edit gives back the loaded store, and the edited store
    /// survives the file format.
    func storeViolation(_ app: App) -> String? {
        var replayed = loaded
        for edit in app.history {
            do { try replayed.apply(edit, framework: app.framework) } catch { return "an edit in the history does not replay: \(error)" }
        }
        if replayed != app.store { return "the store in memory is not the loaded one plus its edits" }
        var undone = app.store
        for edit in app.history.reversed() {
            do { try undone.apply(edit.inverse, framework: app.framework) } catch { return "an edit does not undo: \(error)" }
        }
        if undone != loaded { return "undoing everything does not give back the loaded store" }
        let bytes = app.store.encodedBytes(framework: app.framework)
        guard let again = try? Store.parse(bytes, path: "memory", framework: app.framework), again == app.store else {
            return "the store in memory does not survive a save and load"
        }
        return nil
    }

    /// A cell that overflows: a double-width character without its right half (or cut by the
    /// right edge), a right half without its character, a cell whose text is wider than the
    /// cell, or a cell holding two letters of which the terminal would show one. Any of these
    /// shifts the rest of the row, or loses text, on a real terminal.
    static func brokenCell(_ frame: Buffer) -> String? {
        let size = frame.size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = frame[x: x, y: y]
                switch cell.width {
                case 0:
                    guard x > 0, frame[x: x - 1, y: y].width == 2 else { return "orphan right half at \(x),\(y)" }
                case 1, 2:
                    if cell.width == 2, !(x + 1 < size.width && frame[x: x + 1, y: y].isContinuation) {
                        return "wide character without its right half at \(x),\(y)"
                    }
                    guard cell.grapheme.utf8.count > 1 else { continue }
                    let measured = TextWidth.width(of: cell.grapheme)
                    guard measured == cell.width else {
                        return "'\(cell.grapheme)' is \(measured) columns in a cell of \(cell.width) at \(x),\(y)"
                    }
                    // The backend draws a cell's first scalar and its marks: a second letter would vanish.
                    guard cell.grapheme.flatMap({ TextWidth.cells(of: $0) }).count == 1 else {
                        return "'\(cell.grapheme)' hides a letter in one cell at \(x),\(y)"
                    }
                default:
                    return "cell of width \(cell.width) at \(x),\(y)"
                }
            }
        }
        return nil
    }

    static func outOfRange(_ list: ListState, count: Int, _ what: String) -> String? {
        let valid = count == 0 ? list.selected == 0 : (0..<count).contains(list.selected)
        guard valid, list.offset >= 0, list.offset <= max(0, count - 1) else {
            return "\(what) selection \(list.selected) offset \(list.offset) for \(count) items"
        }
        return nil
    }

    // MARK: - Reporting

    /// A shorter event list that still breaks the same invariant: the failing prefix, then
    /// chunks removed while the failure stays (a bounded delta debugging).
    func minimize(_ events: [Event], _ failure: Failure, budget: Int = 400) -> [Event] {
        var current = Array(events.prefix(failure.index + 1))
        var chunk = max(1, current.count / 2)
        var tries = 0
        while chunk >= 1, tries < budget {
            var start = 0
            var removed = false
            while start < current.count, tries < budget {
                var candidate = current
                candidate.removeSubrange(start..<min(start + chunk, candidate.count))
                tries += 1
                if let again = run(candidate), again.invariant == failure.invariant {
                    current = Array(candidate.prefix(again.index + 1))
                    removed = true
                } else {
                    start += chunk
                }
            }
            if !removed { chunk /= 2 }
        }
        return current
    }

    /// What to print on failure: the seed, the failing prefix and a minimized sequence.
    func report(seed: UInt64, events: [Event], failure: Failure) -> String {
        let small = minimize(events, failure)
        let tail = events.prefix(failure.index + 1).suffix(20).map { "\($0)" }.joined(separator: "\n    ")
        return """
            key fuzz failed with seed \(seed) (replay: MIGOF_FUZZ_SEED=\(seed); MIGOF_FUZZ_TRACE=1 prints every event)
            broken after event \(failure.index): \(failure.invariant)
            shortest failing prefix: events 0...\(failure.index); its last 20:
                \(tail)
            minimized to \(small.count) events:
                \(small.map { "\($0)" }.joined(separator: "\n    "))
            """
    }
}
