import Testing
import MigofWidgets

@Suite struct RatingBarTests {
    init() { requireUTF8() }

    @Test(arguments: [(0.0, ""), (1.0, "██"), (2.0, "████"), (3.0, "██████"), (4.0, "████████"), (1.5, "███"), (0.3, "▋"), (9.0, "████████")])
    func unicodeBarLengthFollowsTheValue(value: Double, expected: String) {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        RatingBar(value: value, width: 8).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == [expected])
        #expect(RatingBar(value: value, width: 8).text.count == 8)
    }

    @Test(arguments: [(0.0, ""), (1.0, "##"), (2.0, "####"), (3.0, "######"), (4.0, "########")])
    func asciiBarUsesWholeCells(value: Double, expected: String) {
        #expect(RatingBar(value: value, width: 8, glyphs: .ascii).text.trimmingTrailingSpaces == expected)
    }

    @Test(arguments: [(0.0, "        "), (1.0, "      ██"), (3.0, "  ██████"), (4.0, "████████"), (1.5, "     ███"), (1.25, "     ▐██"), (9.0, "████████")])
    func mirroredBarGrowsFromTheRightEdge(value: Double, expected: String) {
        #expect(RatingBar(value: value, width: 8).mirroredText == expected)
    }

    @Test func mirroredBarInASCIIAndWithoutAValue() {
        #expect(RatingBar(value: 2, width: 8, glyphs: .ascii).mirroredText == "    ####")
        #expect(RatingBar(value: nil, width: 4).mirroredText == "····")
        #expect(RatingBar(value: .nan, width: 3, glyphs: .ascii).mirroredText == "---")
        #expect(RatingBar(value: 3, width: 0).mirroredText == "")
    }

    @Test func bandRoleFollowsTheRoundedValue() {
        #expect(RatingBar(value: 0, width: 4).role == .unscored)
        #expect(RatingBar(value: 1, width: 4).role == .rating1)
        #expect(RatingBar(value: 2.6, width: 4).role == .rating3)
        #expect(RatingBar(value: 4, width: 4).role == .rating4)
        #expect(RatingBar(value: 50, maxValue: 100, width: 4).role == .rating2)
    }

    @Test func missingValueDrawsUnscoredMarks() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        RatingBar(value: nil, width: 5).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["·····"])
        #expect(buffer[x: 0, y: 0].style == Style(.unscored))
        #expect(RatingBar(value: .nan, width: 3, glyphs: .ascii).text == "---")
    }

    @Test func barIsCutToTheArea() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        RatingBar(value: 4, width: 8).render(into: &buffer, area: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(buffer.lines() == ["███"])
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
