/// A ``Backend`` without a terminal, for tests: events come from a queue and
/// frames are kept for inspection, including how many cells each one wrote.
public final class MemoryBackend: Backend {
    /// The screen size the app should draw at.
    public private(set) var size: Size
    /// Events not yet returned by ``nextEvent(timeoutMs:)``, oldest first.
    public private(set) var pendingEvents: [Event]
    /// The most recent frame, or `nil` before the first ``draw(_:)``.
    public private(set) var lastBuffer: Buffer?
    /// Cells the last frame had to write: the changed ones, not counting the
    /// right halves of wide characters (a terminal writes those implicitly).
    public private(set) var cellsWrittenLastFrame: Int = 0
    /// How many frames were drawn.
    public private(set) var framesDrawn: Int = 0
    /// The theme last set.
    public private(set) var theme: Theme
    private var needsFullRedraw = true

    /// Creates a backend of `size` that will deliver `events` in order.
    public init(size: Size, events: [Event] = [], theme: Theme = .builtinDark) {
        self.size = size
        self.pendingEvents = events
        self.theme = theme
    }

    /// Queues events to be returned after those already queued.
    public func enqueue(_ events: Event...) {
        pendingEvents.append(contentsOf: events)
    }

    /// Simulates the terminal being resized: changes ``size``, queues the
    /// matching ``Event/resize(_:)`` and makes the next frame a full redraw,
    /// as a real terminal backend does.
    public func resize(to newSize: Size) {
        size = newSize
        needsFullRedraw = true
        pendingEvents.append(.resize(newSize))
    }

    /// Records `buffer` as the current frame.
    public func draw(_ buffer: Buffer) {
        let changes: [(x: Int, y: Int, cell: Cell)]
        if needsFullRedraw || lastBuffer == nil {
            changes = buffer.diff(from: Buffer(size: .zero))
        } else {
            changes = buffer.diff(from: lastBuffer!)
        }
        cellsWrittenLastFrame = changes.count { !$0.cell.isContinuation }
        lastBuffer = buffer
        framesDrawn += 1
        needsFullRedraw = false
    }

    /// Returns the oldest queued event immediately, or `nil` when the queue
    /// is empty (the timeout is not waited out).
    public func nextEvent(timeoutMs: Int) -> Event? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    /// True once every queued event was delivered: a loop over this backend can stop.
    public var isExhausted: Bool { pendingEvents.isEmpty }

    /// Records `theme` and makes the next frame a full redraw.
    public func setTheme(_ theme: Theme) {
        self.theme = theme
        needsFullRedraw = true
    }
}
