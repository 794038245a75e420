import Testing
import MigofWidgets

@Suite struct MemoryBackendTests {
    init() { requireUTF8() }

    @Test func countsOnlyChangedCells() {
        let backend = MemoryBackend(size: Size(width: 10, height: 3))
        var frame = Buffer(size: backend.size)
        frame.put("日本", x: 0, y: 0, style: Style(.text))
        backend.draw(frame)
        // First frame: 30 cells minus the two continuation cells.
        #expect(backend.cellsWrittenLastFrame == 28)
        backend.draw(frame)
        #expect(backend.cellsWrittenLastFrame == 0)
        frame.put("ab", x: 0, y: 2, style: Style(.text))
        frame.setStyle(Rect(x: 0, y: 1, width: 3, height: 1), Style(.selection))
        backend.draw(frame)
        #expect(backend.cellsWrittenLastFrame == 5)
        #expect(backend.framesDrawn == 3)
        #expect(backend.lastBuffer?.lines() == ["日本", "", "ab"])
    }

    @Test func resizeAndThemeChangesForceAFullFrame() {
        let backend = MemoryBackend(size: Size(width: 4, height: 2))
        backend.draw(Buffer(size: backend.size))
        backend.setTheme(Theme(name: "other", styles: [:]))
        backend.draw(Buffer(size: backend.size))
        #expect(backend.cellsWrittenLastFrame == 8)
        #expect(backend.theme.name == "other")
        backend.resize(to: Size(width: 3, height: 1))
        #expect(backend.nextEvent(timeoutMs: 0) == .resize(Size(width: 3, height: 1)))
        backend.draw(Buffer(size: backend.size))
        #expect(backend.cellsWrittenLastFrame == 3)
    }

    @Test func deliversQueuedEventsInOrder() {
        let backend = MemoryBackend(size: Size(width: 1, height: 1), events: [.key(.char("q"))])
        backend.enqueue(.mouse(MouseEvent(x: 1, y: 2, kind: .scrollDown)), .signal(15))
        #expect(backend.nextEvent(timeoutMs: 100) == .key(.char("q")))
        #expect(backend.nextEvent(timeoutMs: 100) == .mouse(MouseEvent(x: 1, y: 2, kind: .scrollDown)))
        #expect(backend.nextEvent(timeoutMs: 100) == .signal(15))
        #expect(backend.nextEvent(timeoutMs: 100) == nil)
    }
}
