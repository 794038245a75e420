import CNcurses
import Testing
@testable import MigofTerminal
import MigofWidgets

/// What `wget_wch` hands back becomes the right `Key`, on every terminal's variant of it.
@Suite struct KeyDecodingTests {
    @Test func charactersBecomeKeys() {
        let cases: [(wint_t, Key?)] = [
            (9, .tab), (10, .enter), (13, .enter), (27, .escape), (8, .backspace), (127, .backspace),
            (1, .ctrl("a")), (3, .ctrl("c")), (18, .ctrl("r")), (26, .ctrl("z")),
            (0, nil), (28, nil), (31, nil),
            (97, .char("a")), (32, .char(" ")), (0xF4, .char("ô")), (0x65E5, .char("日")), (0x1F680, .char("🚀")),
        ]
        for (character, key) in cases {
            #expect(NcursesBackend.key(forCharacter: character) == key, "character \(character)")
        }
        // Not a Unicode scalar (a lone surrogate): nothing, rather than a crash.
        #expect(NcursesBackend.key(forCharacter: 0xD800) == nil)
    }

    @Test func keyCodesBecomeKeys() {
        let cases: [(Int32, Key?)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_FIND, .home), (KEY_A1, .home),
            (KEY_END, .end), (KEY_SELECT, .end), (KEY_C1, .end),
            (KEY_PPAGE, .pageUp), (KEY_A3, .pageUp), (KEY_NPAGE, .pageDown), (KEY_C3, .pageDown),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_IC, .insert),
            (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)), (KEY_F0 + 63, .function(63)),
            (KEY_F0 + 64, nil), (KEY_RESIZE, nil), (KEY_MOUSE, nil),
        ]
        for (code, key) in cases {
            #expect(NcursesBackend.key(forCode: code) == key, "code \(code)")
        }
    }

    @Test func graphemesKeepTheirBaseAndMarksOnly() {
        #expect(NcursesBackend.storableScalars("e\u{301}") == [wchar_t(0x65), wchar_t(0x301)])
        // A ZWJ family keeps only its first person: setcchar refuses the whole sequence.
        #expect(NcursesBackend.storableScalars("👩\u{200D}👧").count == 1)
        #expect(NcursesBackend.storableScalars("") == [wchar_t(32)])
    }

    @Test func asciiFallbackReadsTheSame() {
        #expect(NcursesBackend.asciiFallback("ô") == [wchar_t(111)])
        #expect(NcursesBackend.asciiFallback("·") == [wchar_t(46)])
        #expect(NcursesBackend.asciiFallback("→") == [wchar_t(62)])
        #expect(NcursesBackend.asciiFallback("日") == [wchar_t(63)])
        #expect(NcursesBackend.asciiFallback("a") == [wchar_t(97)])
    }
}
