import Testing
import MigofWidgets

@Suite struct TextWidthTests {
    init() { requireUTF8() }

    @Test(arguments: [("Côte d'Ivoire", 13), ("Türkiye", 7), ("日本", 4), ("🚀", 2), ("한국", 4), ("", 0), ("e\u{301}", 1)])
    func displayWidth(text: String, expected: Int) {
        #expect(TextWidth.width(of: text) == expected)
    }

    /// A control character is drawn as a space (issue 11, item 20), so it measures one column.
    @Test func controlCharactersTakeTheColumnOfTheirSpace() {
        #expect(TextWidth.width(of: "a\u{7}b") == 3)
    }

    @Test func truncateAddsEllipsisWithinWidth() {
        #expect(TextWidth.truncate("Côte d'Ivoire", to: 6) == "Côte …")
        #expect(TextWidth.truncate("Türkiye", to: 7) == "Türkiye")
        #expect(TextWidth.truncate("Türkiye", to: 0) == "")
        #expect(TextWidth.truncate("Türkiye", to: 5, ellipsis: "...") == "Tü...")
        #expect(TextWidth.truncate("Türkiye", to: 2, ellipsis: "...") == "..")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        // "日本語" is 6 columns; 4 leaves 3 for text, which holds only one wide char.
        #expect(TextWidth.truncate("日本語", to: 4) == "日…")
        #expect(TextWidth.width(of: TextWidth.truncate("日本語", to: 4)) == 3)
        #expect(TextWidth.truncate("🚀🚀🚀", to: 2) == "…")
        for width in 0...8 {
            #expect(TextWidth.width(of: TextWidth.truncate("日本語テキスト", to: width)) <= width)
        }
    }

    @Test func padAlignsByDisplayWidth() {
        #expect(TextWidth.pad("日本", to: 6) == "日本  ")
        #expect(TextWidth.pad("日本", to: 6, alignment: .right) == "  日本")
        #expect(TextWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(TextWidth.pad("Türkiye", to: 3) == "Türkiye")
        #expect(TextWidth.fit("日本語テキスト", to: 6) == "日本… ")
        #expect(TextWidth.width(of: TextWidth.fit("日本語テキスト", to: 6)) == 6)
    }
}
