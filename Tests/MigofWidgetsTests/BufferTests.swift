import Testing
import MigofWidgets

@Suite struct BufferTests {
    init() { requireUTF8() }
    let plain = Style(.text)

    @Test func putWritesGraphemesAndReturnsColumns() {
        var buffer = Buffer(size: Size(width: 20, height: 2))
        #expect(buffer.put("Côte d'Ivoire", x: 0, y: 0, style: plain) == 13)
        #expect(buffer.put("日本", x: 14, y: 0, style: plain) == 4)
        #expect(buffer.lines() == ["Côte d'Ivoire 日本", ""])
        #expect(buffer[x: 14, y: 0] == Cell(grapheme: "日", width: 2, style: plain))
        #expect(buffer[x: 15, y: 0].isContinuation)
        #expect(buffer[x: 1, y: 0].grapheme == "ô")
    }

    @Test func clipsAtTheRightEdgeAndAtMaxWidth() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        #expect(buffer.put("Türkiye", x: 1, y: 0, style: plain) == 4)
        #expect(buffer.lines() == [" Türk"])
        #expect(buffer.put("abcdef", x: 0, y: 0, style: plain, maxWidth: 2) == 2)
        #expect(buffer.lines() == ["abürk"])
        #expect(buffer.put("x", x: 0, y: 1, style: plain) == 0)
        #expect(buffer.put("x", x: 9, y: 0, style: plain) == 0)
    }

    @Test func wideCharacterThatWouldBeSplitBecomesABlank() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        buffer.put("abcde", x: 0, y: 0, style: plain)
        #expect(buffer.put("日本", x: 2, y: 0, style: plain) == 3)
        #expect(buffer.lines() == ["ab日"])
        #expect(buffer[x: 4, y: 0] == .blank(plain))
        #expect(buffer.put("🚀🚀", x: 0, y: 0, style: plain, maxWidth: 3) == 3)
        // The blank at column 2 also took the left half of 日, so 日 is gone.
        #expect(buffer.lines() == ["🚀"])
        #expect(wideCharacterViolations(in: buffer).isEmpty)
    }

    @Test func leftClippingBlanksTheVisibleHalf() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        #expect(buffer.put("日本x", x: -1, y: 0, style: plain) == 5)
        #expect(buffer.lines() == [" 本x"])
        #expect(wideCharacterViolations(in: buffer).isEmpty)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.put("日本語", x: 0, y: 0, style: plain)
        buffer.put("a", x: 1, y: 0, style: plain)
        #expect(buffer.lines() == [" a本語"])
        buffer.put("b", x: 2, y: 0, style: plain)
        #expect(buffer.lines() == [" ab 語"])
        buffer.put("🚀", x: 3, y: 0, style: plain)
        #expect(buffer.lines() == [" ab🚀"])
        #expect(buffer[x: 5, y: 0] == .blank(plain))
        #expect(wideCharacterViolations(in: buffer).isEmpty)
    }

    @Test func fillAndSetStyle() {
        var buffer = Buffer(size: Size(width: 6, height: 3))
        buffer.put("日本語", x: 0, y: 1, style: plain)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: Cell(grapheme: "x", width: 1, style: plain))
        #expect(buffer.lines() == [" xx", " xx 語", ""])
        #expect(wideCharacterViolations(in: buffer).isEmpty)

        let selected = Style(.selection)
        buffer.setStyle(Rect(x: 0, y: 1, width: 5, height: 1), selected)
        #expect((0..<6).allSatisfy { buffer[x: $0, y: 1].style == selected })
        #expect(buffer[x: 0, y: 0].style == Style(.background))

        buffer.fill(Rect(x: 0, y: 2, width: 5, height: 1), with: Cell(grapheme: "日", width: 2, style: plain))
        #expect(buffer.lines()[2] == "日日")
        #expect(wideCharacterViolations(in: buffer).isEmpty)
    }

    @Test func linesTrimTrailingSpacesOnly() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        buffer.put(" a b ", x: 0, y: 0, style: plain)
        #expect(buffer.lines() == [" a b"])
    }

    @Test func diffReportsOnlyChangedCells() {
        var first = Buffer(size: Size(width: 10, height: 3))
        first.put("Türkiye", x: 0, y: 0, style: plain)
        var second = first
        #expect(second.diff(from: first).isEmpty)
        second.put("日", x: 0, y: 1, style: plain)
        second.put("x", x: 9, y: 2, style: plain)
        let changes = second.diff(from: first)
        #expect(changes.map { [$0.x, $0.y] } == [[0, 1], [1, 1], [9, 2]])
        #expect(changes[0].cell.grapheme == "日")
        #expect(changes[1].cell.isContinuation)

        let resized = Buffer(size: Size(width: 4, height: 2))
        #expect(resized.diff(from: first).count == 8)
    }

    @Test func subscriptOutsideIsBlank() {
        let buffer = Buffer(size: Size(width: 2, height: 2))
        #expect(buffer[x: -1, y: 0] == .blank())
        #expect(buffer[x: 0, y: 7] == .blank())
        #expect(Buffer(size: Size(width: -3, height: 2)).size == Size(width: 0, height: 2))
    }
}
