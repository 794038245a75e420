import MigofCore
import MigofWidgets

/// The frame shown while a store loads in the background: the dashboard's title and status
/// bars, and in between the file, a progress bar and how many bytes and entities are in.
///
/// It needs nothing of the store, so it is on screen within milliseconds of the start,
/// however large the store; keys typed meanwhile wait for the dashboard (see `StartupKeys`).
public struct LoadingView: Sendable {
    /// The store's path as the status bar shows it.
    public var storePath: String
    /// How far the load has come; nil before the first entity.
    public var progress: LoadProgress?
    public var glyphs: Glyphs

    public init(storePath: String, progress: LoadProgress?, glyphs: Glyphs) {
        self.storePath = storePath
        self.progress = progress
        self.glyphs = glyphs
    }

    /// The frame for a terminal of `size`.
    public func view(size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        guard size.height >= 3, size.width >= 20 else {
            buffer.put("loading…", x: 0, y: 0, style: Style(.text), maxWidth: size.width)
            return buffer
        }
        let rows = buffer.area.split(.vertical, [.fixed(1), .fill(1), .fixed(1)])
        buffer.fill(rows[0], with: Style(.title))
        let x = buffer.put(" migof ", x: 0, y: 0, style: Style(.accent, bold: true, reverse: true))
        buffer.put(" Loading the store", x: x, y: 0, style: Style(.title, bold: true), maxWidth: size.width - x)
        drawProgress(into: &buffer, area: rows[1])
        StatusBar(left: storePath, right: "q quits", hints: [("keys", "wait for the store")], glyphs: glyphs)
            .render(into: &buffer, area: rows[2])
        return buffer
    }

    /// The lines of the middle: what loads, the bar, the figures.
    private func drawProgress(into buffer: inout Buffer, area: Rect) {
        let width = min(60, area.width - 4)
        guard width >= 10, area.height >= 3 else { return }
        let x = area.x + (area.width - width) / 2
        let y = area.y + max(0, area.height / 2 - 2)
        buffer.put("Loading " + storePath, x: x, y: y, style: Style(.text, bold: true), maxWidth: width)
        let fraction = progress?.fraction ?? 0
        let filled = Int(fraction * Double(width))
        let full = glyphs.isUnicode ? glyphs.barFull : "#"
        let empty = glyphs.isUnicode ? "░" : "-"
        buffer.put(String(repeating: full, count: filled), x: x, y: y + 1, style: Style(.accent))
        buffer.put(String(repeating: empty, count: width - filled), x: x + filled, y: y + 1, style: Style(.muted))
        let figures = progress.map { "\(Int(fraction * 100))%  \($0.text)" } ?? "reading the file"
        buffer.put(figures, x: x, y: y + 2, style: Style(.muted), maxWidth: width)
    }
}
