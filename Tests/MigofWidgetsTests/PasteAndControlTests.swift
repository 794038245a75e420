import Testing
import MigofWidgets

/// Issue 11, items 8 and 20: what a paste types, and control characters on screen.
@Suite struct PasteAndControlTests {
    @Test func aPasteIsOneLineOfText() {
        #expect(String(TextInput.pastedCharacters("a\r\nb\nc\rd\te")) == "a b c d e")
        #expect(String(TextInput.pastedCharacters("x\u{1b}[2Jy\u{7f}\u{9b}z")) == "x[2Jyz")
        #expect(TextInput.pastedCharacters(String(repeating: "a", count: 5000)).count == 1000)
    }

    @Test func pasteInsertsAtTheCursorWithinTheLimit() {
        var input = TextInput(text: "ab", maxLength: 6)
        input.cursor = 1
        let fitted = input.paste("1\n2")
        #expect(fitted)
        #expect(input.text == "a1 2b")
        let cut = input.paste("xyz")
        #expect(!cut)
        #expect(input.text == "a1 2xb")
    }

    @Test func aControlCharacterIsDrawnAsASpace() {
        _ = TextWidth.useUTF8Locale()
        var buffer = Buffer(size: Size(width: 20, height: 1))
        let advanced = buffer.put("one\ntwo\u{1b}]0;x\u{7}é", x: 0, y: 0, style: Style(.text))
        #expect(buffer.lines() == ["one two ]0;x é"])
        #expect(advanced == 14)
        #expect(TextWidth.width(of: "a\r\nb\u{85}") == 4)
    }
}
