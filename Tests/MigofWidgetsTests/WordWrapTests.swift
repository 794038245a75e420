import Testing
import MigofWidgets

@Suite struct WordWrapTests {
    init() { requireUTF8() }

    @Test func breaksAtSpacesWithinTheWidth() {
        #expect(WordWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(WordWrap.lines("exactly ten", width: 11) == ["exactly ten"])
        #expect(WordWrap.lines("  spaced   out  ", width: 20) == ["spaced out"])
        #expect(WordWrap.lines("", width: 5).isEmpty)
        #expect(WordWrap.lines("word", width: 0).isEmpty)
    }

    @Test func lineBreaksStartNewLinesAndKeepEmptyParagraphs() {
        #expect(WordWrap.lines("one\ntwo three", width: 20) == ["one", "two three"])
        #expect(WordWrap.lines("one\n\ntwo\n", width: 20) == ["one", "", "two"])
    }

    @Test func wideCharactersCountTwoColumns() {
        // 日本語 is 6 columns: it does not fit beside "ab" in 8.
        #expect(WordWrap.lines("ab 日本語", width: 8) == ["ab", "日本語"])
        #expect(WordWrap.lines("日本語テキスト", width: 5) == ["日本", "語テ", "キス", "ト"])
    }

    @Test func aLongWordSplitsBetweenGraphemeClusters() {
        let word = "e\u{301}e\u{301}e\u{301}e\u{301}"  // four é, each one grapheme of two scalars
        let lines = WordWrap.lines(word, width: 3)
        #expect(lines == ["e\u{301}e\u{301}e\u{301}", "e\u{301}"])
        let flag = TextWidth.width(of: "🇨🇦")
        #expect(WordWrap.lines("🇨🇦🇩🇰🇲🇽", width: 2 * flag) == ["🇨🇦🇩🇰", "🇲🇽"])
        // A double-width character wider than the line still gets a line, whole.
        #expect(WordWrap.lines("日本", width: 1) == ["日", "本"])
    }

    @Test func aLimitEndsTheLastLineInAnEllipsis() {
        let cut = WordWrap.lines("the quick brown fox jumps over", width: 10, limit: 2, ellipsis: "…")
        #expect(cut.lines == ["the quick", "brown fox…"])
        #expect(cut.truncated)
        let full = WordWrap.lines("the quick brown", width: 10, limit: 2, ellipsis: "…")
        #expect(full.lines == ["the quick", "brown"] && !full.truncated)
        let tight = WordWrap.lines("abcdefghij klm", width: 10, limit: 1, ellipsis: "...")
        #expect(tight.lines == ["abcdefg..."])
        #expect(WordWrap.lines("日本語 テキスト", width: 6, limit: 1, ellipsis: "…").lines == ["日本…"])
    }

    /// A 103-character note, as the profile shows one (issue 12): every word is kept.
    @Test func aLongNoteWrapsInFull() {
        let note = "Reviewed with the ministry in March; the 2019 answer relied on a draft law that was later withdrawn."
        let lines = WordWrap.lines(note, width: 40)
        #expect(lines.count == 3)
        #expect(lines.joined(separator: " ") == note)
    }

    /// Random text of words in several scripts: no line is wider than the width, no grapheme
    /// is split, and the words come back in order.
    @Test func propertiesHoldForRandomText() {
        let pieces = ["a", "bc", "déf", "e\u{301}", "日本", "한", "🚀", "🇨🇦", "क्ष", "Türkiye", "x"]
        var generator = SplitMix(seed: 0x10_72)
        for _ in 0..<400 {
            let wordCount = Int(generator.next() % 12)
            let words = (0..<wordCount).map { _ in
                (0..<(1 + Int(generator.next() % 6))).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            }
            let text = words.joined(separator: String(repeating: " ", count: 1 + Int(generator.next() % 2)))
            let width = 2 + Int(generator.next() % 20)
            let lines = WordWrap.lines(text, width: width)
            for line in lines {
                #expect(TextWidth.width(of: line) <= width, "\(line) is wider than \(width)")
                #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "))
            }
            // Graphemes are whole: the lines' characters, spaces aside, are the text's.
            let characters = lines.flatMap { Array($0) }.filter { $0 != " " }
            #expect(characters == Array(text).filter { $0 != " " }, "\(text) at \(width)")
            // Short words are never split: each is on one line.
            for word in words where TextWidth.width(of: word) <= width {
                #expect(lines.contains { $0.split(separator: " ").map(String.init).contains(word) }, "\(word) split at \(width)")
            }
            let limit = 1 + Int(generator.next() % 3)
            let cut = WordWrap.lines(text, width: width, limit: limit, ellipsis: "…")
            #expect(cut.lines.count <= limit && cut.truncated == (lines.count > limit))
            for line in cut.lines { #expect(TextWidth.width(of: line) <= width) }
        }
    }
}

/// A small deterministic generator, so a failing case repeats.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
