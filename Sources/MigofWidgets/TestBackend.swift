/// A ``Backend`` for tests that behaves like a terminal: it keeps its own screen and applies
/// each frame as the diff a real backend would send (only the changed cells, everything after
/// a resize or a theme change). A frame that a diff bug would show wrongly shows wrongly here
/// too, unlike a backend that just keeps the last buffer it was given.
public final class TestBackend: Backend {
    public private(set) var size: Size
    /// What the terminal shows now: every diff applied in order.
    public private(set) var screen: Buffer
    /// The buffer of the last frame the app drew, to compare with `screen`.
    public private(set) var lastFrame: Buffer?
    public private(set) var framesDrawn = 0
    /// Cells written by the last frame.
    public private(set) var cellsWrittenLastFrame = 0
    public private(set) var theme: Theme
    /// Every text the app copied to the clipboard, in order.
    public private(set) var copied: [String] = []
    private var pending: [Event]
    private var needsFullRedraw = true

    public init(size: Size, events: [Event] = [], theme: Theme = .builtinDark) {
        self.size = size
        screen = Buffer(size: size)
        pending = events
        self.theme = theme
    }

    /// Queues events after those already queued.
    public func enqueue(_ events: [Event]) {
        pending += events
    }

    /// The terminal changes size: the screen is cleared, as a terminal's is, and a resize
    /// event is queued.
    public func resize(to newSize: Size) {
        size = newSize
        screen = Buffer(size: newSize)
        needsFullRedraw = true
        pending.append(.resize(newSize))
    }

    public func draw(_ buffer: Buffer) {
        let base = needsFullRedraw || lastFrame == nil || lastFrame!.size != buffer.size ? Buffer(size: .zero) : lastFrame!
        let changes = buffer.diff(from: base)
        if screen.size != buffer.size { screen = Buffer(size: buffer.size) }
        for change in changes { screen.store(change.cell, x: change.x, y: change.y) }
        cellsWrittenLastFrame = changes.count { !$0.cell.isContinuation }
        lastFrame = buffer
        framesDrawn += 1
        needsFullRedraw = false
    }

    public func nextEvent(timeoutMs: Int) -> Event? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    public var isExhausted: Bool { pending.isEmpty }

    public func setTheme(_ theme: Theme) {
        self.theme = theme
        needsFullRedraw = true
    }

    /// Records the copy; the screen is untouched, as with OSC 52.
    public func copy(_ text: String) {
        copied.append(text)
    }
}
