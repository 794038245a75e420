/// A screen that shows ``Buffer``s and produces ``Event``s. The app talks
/// only to this, so screens can be tested against ``MemoryBackend``.
public protocol Backend: AnyObject {
    /// The current screen size.
    var size: Size { get }
    /// Shows `buffer`, writing only the cells that changed since the last frame.
    func draw(_ buffer: Buffer)
    /// Waits up to `timeoutMs` milliseconds (negative waits forever) for the
    /// next event; `nil` when none came.
    func nextEvent(timeoutMs: Int) -> Event?
    /// Switches colours; the next ``draw(_:)`` repaints everything.
    func setTheme(_ theme: Theme)
    /// True when no event will ever come again (a test backend with an empty queue), so a
    /// loop can stop instead of waiting; a terminal is never exhausted.
    var isExhausted: Bool { get }
    /// Puts `text` on the system clipboard, if the terminal can (OSC 52), without changing
    /// what the screen shows.
    func copy(_ text: String)
}

extension Backend {
    public var isExhausted: Bool { false }
    /// A backend without a clipboard ignores copies.
    public func copy(_ text: String) {}
}
