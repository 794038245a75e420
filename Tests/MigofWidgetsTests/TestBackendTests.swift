import Testing
import MigofWidgets

@Suite struct TestBackendTests {
    init() { requireUTF8() }

    /// The screen is built from diffs alone, so it equals each frame drawn, wide characters
    /// included, and only changed cells are written.
    @Test func appliesDiffsLikeATerminal() {
        let backend = TestBackend(size: Size(width: 10, height: 3))
        var frame = Buffer(size: backend.size)
        frame.put("日本 ok", x: 0, y: 0, style: Style(.text))
        backend.draw(frame)
        #expect(backend.screen == frame)
        frame.put("x", x: 1, y: 0, style: Style(.accent))
        frame.put("ab", x: 0, y: 2, style: Style(.selection))
        backend.draw(frame)
        #expect(backend.cellsWrittenLastFrame == 4)
        #expect(backend.screen == frame)
        #expect(backend.screen.mismatch([" x本 ok", "", "ab"]) == nil)
        #expect(backend.screen.mismatch(["日本 ok", "", "ab"]) != nil)
    }

    /// A resize clears the terminal and the next frame is drawn whole.
    @Test func resizeClearsAndRedrawsEverything() {
        let backend = TestBackend(size: Size(width: 4, height: 2))
        var frame = Buffer(size: backend.size)
        frame.put("abcd", x: 0, y: 0, style: Style(.text))
        backend.draw(frame)
        backend.resize(to: Size(width: 3, height: 2))
        #expect(backend.nextEvent(timeoutMs: 0) == .resize(Size(width: 3, height: 2)))
        #expect(backend.isExhausted)
        var small = Buffer(size: backend.size)
        small.put("xy", x: 0, y: 1, style: Style(.text))
        backend.draw(small)
        #expect(backend.screen.lines() == ["", "xy"])
        #expect(backend.cellsWrittenLastFrame == 6)
    }

    @Test func mismatchNamesTheRow() {
        var buffer = Buffer(size: Size(width: 5, height: 2))
        buffer.put("hello", x: 0, y: 1, style: Style(.text))
        let report = buffer.mismatch(["", "help"])
        #expect(report?.contains("row 1") == true)
        #expect(report?.contains("expected: help") == true)
        #expect(buffer.mismatch(["  ", "hello  "]) == nil)
    }

    /// One letter per cell: role, upper-case when bold, `r` reverse, `_` underline.
    @Test func styleLinesShowRolesAndEmphasis() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.put("a", x: 0, y: 0, style: Style(.text))
        buffer.put("b", x: 1, y: 0, style: Style(.title, bold: true))
        buffer.put("3", x: 2, y: 0, style: Style(.rating3, bold: true))
        buffer.put("r", x: 3, y: 0, style: Style(.accent, reverse: true))
        buffer.put("u", x: 4, y: 0, style: Style(.text, underline: true))
        #expect(buffer.styleLines() == ["tH3r_."])
    }
}
