import CWidth
import Testing
import MigofWidgets

/// Scripts whose graphemes a terminal spreads over several cells, and scripts whose marks
/// take none. Regression for text the hard-text screens showed mangled on a real terminal:
/// "भारत" came out as "भरत" and "क्षेत्र" as "क्ेत्", because a grapheme was one cell and the
/// backend drew only its first scalar and its non-spacing marks.
@Suite struct ComplexScriptTests {
    init() { requireUTF8() }

    @Test(arguments: [
        ("भारत", 4, 4), ("क्षेत्र", 4, 4), ("กำ", 2, 2), ("ש\u{5B8}\u{5C1}לום", 4, 4), ("مُحَمَّد", 4, 4),
        ("👩\u{200D}👩\u{200D}👧", 2, 1), ("👍🏽", 2, 1), ("e\u{301}", 1, 1), ("1\u{FE0F}\u{20E3}", 1, 1), ("日本", 4, 2),
    ])
    func cellsAddUpToTheWidth(text: String, width: Int, cells: Int) {
        #expect(TextWidth.width(of: text) == width)
        let pieces = text.flatMap { TextWidth.cells(of: $0) }
        #expect(pieces.count == cells)
        #expect(pieces.map(\.width).reduce(0, +) == width)
        #expect(pieces.map(\.text).joined() == text)
    }

    /// Every scalar that advances the cursor starts its own cell, so the backend, which draws
    /// a cell's first scalar and its non-spacing marks, never drops a letter.
    @Test(arguments: ["भारत गणराज्य", "क्षेत्र", "தமிழ்நாடு", "ไทยกำลัง", "ישראל שָׁלוֹם", "العَرَبِيَّة"])
    func noLetterHidesBehindAnother(text: String) {
        var buffer = Buffer(size: Size(width: 40, height: 1))
        let advanced = buffer.put(text, x: 0, y: 0, style: Style(.text))
        #expect(advanced == TextWidth.width(of: text))
        #expect(buffer.lines() == [text])
        for x in 0..<advanced {
            let scalars = buffer[x: x, y: 0].grapheme.unicodeScalars.dropFirst()
            #expect(scalars.allSatisfy { wcwidth(wchar_t(bitPattern: $0.value)) <= 0 }, "cell \(x) of \(text)")
        }
        #expect(wideCharacterViolations(in: buffer).isEmpty)
    }

    @Test func aSplitGraphemeIsCutWholeCellsAtTheEdge() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        #expect(buffer.put("भारत", x: 0, y: 0, style: Style(.text)) == 3)
        #expect(buffer.lines() == ["भार"])
        #expect(TextWidth.truncate("भारत", to: 3) == "भा…")
        #expect(TextWidth.width(of: TextWidth.truncate("क्षेत्र", to: 3)) <= 3)
    }
}
