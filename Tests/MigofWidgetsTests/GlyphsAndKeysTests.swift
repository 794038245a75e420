import Testing
import MigofWidgets

@Suite struct GlyphsAndKeysTests {
    init() { requireUTF8() }

    @Test func glyphsChooseByLocale() {
        #expect(Glyphs.forLocale(codeset: "UTF-8", localeName: "C.UTF-8", environment: [:]) == .unicode)
        #expect(Glyphs.forLocale(codeset: "ANSI_X3.4-1968", localeName: "C", environment: ["LANG": "en_US.UTF-8"]) == .unicode)
        #expect(Glyphs.forLocale(codeset: "ANSI_X3.4-1968", localeName: "C", environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .ascii)
        #expect(Glyphs.forLocale(codeset: "ANSI_X3.4-1968", localeName: "C", environment: ["LC_ALL": "", "LC_CTYPE": "de_DE.utf8"]) == .unicode)
        #expect(Glyphs.forLocale(codeset: "ISO-8859-1", localeName: "de_DE", environment: ["LANG": "de_DE.UTF-8"]) == .ascii)
        #expect(Glyphs.forLocale(codeset: "ANSI_X3.4-1968", localeName: "C", environment: [:]) == .ascii)
    }

    @Test(arguments: [Glyphs.unicode, Glyphs.ascii])
    func everyGlyphIsOneColumn(glyphs: Glyphs) {
        let all = [glyphs.box, glyphs.focusBox].flatMap { [$0.topLeft, $0.topRight, $0.bottomLeft, $0.bottomRight, $0.horizontal, $0.vertical] }
            + [glyphs.barFull, glyphs.unscoredMark, glyphs.arrowUp, glyphs.arrowDown, glyphs.arrowLeft, glyphs.arrowRight, glyphs.bullet, glyphs.separator]
            + glyphs.barEighths
        #expect(all.allSatisfy { TextWidth.width(of: $0) == 1 })
        #expect(glyphs.isUnicode == (glyphs == .unicode))
        if !glyphs.isUnicode { #expect((all + [glyphs.ellipsis]).allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }) }
    }

    @Test func keyDisplayNames() {
        let names: [(Key, String)] = [
            (.up, "↑"), (.enter, "Enter"), (.escape, "Esc"), (.tab, "Tab"), (.backTab, "S-Tab"), (.ctrl("r"), "C-r"),
            (.pageDown, "PgDn"), (.pageUp, "PgUp"), (.function(5), "F5"), (.char(" "), "Space"), (.char("ü"), "ü"), (.delete, "Del"),
        ]
        for (key, name) in names { #expect(key.displayName == name) }
        #expect(Key.down.displayName(glyphs: .ascii) == "Down")
    }

    @Test func ratingRoleBands() {
        #expect((0...5).map(Role.rating) == [.unscored, .rating1, .rating2, .rating3, .rating4, .unscored])
        #expect(Role(rawValue: "focusBorder") == .focusBorder)
    }
}
