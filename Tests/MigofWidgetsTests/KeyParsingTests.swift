import Testing
@testable import MigofWidgets

@Suite struct KeyParsingTests {
    @Test(arguments: [("q", Key.char("q")), ("Z", .char("Z")), ("/", .char("/")), ("C-s", .ctrl("s")), ("c-R", .ctrl("r")),
                      ("Enter", .enter), ("esc", .escape), ("S-Tab", .backTab), ("Space", .char(" ")), ("PgDn", .pageDown),
                      ("F5", .function(5)), ("↑", .up), ("Left", .left), ("Bksp", .backspace), ("Del", .delete)])
    func parsesNames(name: String, key: Key) {
        #expect(Key(name: name) == key)
    }

    @Test(arguments: ["", " ", "C-", "C-ss", "C-1", "F0", "F25", "Ctrl+S", "enterr"])
    func refusesOthers(name: String) {
        #expect(Key(name: name) == nil)
    }

    @Test func displayNamesReadBack() {
        for key in [Key.enter, .escape, .tab, .backTab, .pageUp, .pageDown, .home, .end, .ctrl("r"), .function(3), .char(" "),
                    .backspace, .delete, .insert, .up, .down, .left, .right] {
            #expect(Key(name: key.displayName) == key)
        }
    }

    @Test func sequences() {
        #expect(Key.sequence("Z Z") == [.char("Z"), .char("Z")])
        #expect(Key.sequence("C-x  C-s") == [.ctrl("x"), .ctrl("s")])
        #expect(Key.sequence("") == nil)
        #expect(Key.sequence("q bogus") == nil)
    }
}
