import Testing
import MigofWidgets

@Suite struct TextInputTests {
    init() { requireUTF8() }

    private func type(_ text: String, into input: inout TextInput) {
        for character in text { _ = input.handle(.char(character)) }
    }

    @Test func typingUTF8AndMovingTheCursor() {
        var input = TextInput()
        type("Côte", into: &input)
        #expect(input.text == "Côte" && input.cursor == 4)
        _ = input.handle(.left)
        _ = input.handle(.left)
        type("🚀", into: &input)
        #expect(input.text == "Cô🚀te" && input.cursor == 3)
        _ = input.handle(.home)
        #expect(input.cursor == 0)
        _ = input.handle(.left)
        #expect(input.cursor == 0)
        _ = input.handle(.ctrl("e"))
        #expect(input.cursor == 5)
        _ = input.handle(.right)
        #expect(input.cursor == 5)
        _ = input.handle(.ctrl("a"))
        _ = input.handle(.end)
        #expect(input.cursor == 5)
    }

    @Test func deletingRemovesWholeGraphemes() {
        var input = TextInput(text: "Tü🚀rk")
        _ = input.handle(.left)
        _ = input.handle(.left)
        _ = input.handle(.backspace)
        #expect(input.text == "Türk" && input.cursor == 2)
        _ = input.handle(.delete)
        #expect(input.text == "Tük" && input.cursor == 2)
        _ = input.handle(.end)
        _ = input.handle(.delete)
        #expect(input.text == "Tük")
        _ = input.handle(.home)
        _ = input.handle(.backspace)
        #expect(input.text == "Tük" && input.cursor == 0)
    }

    @Test func combiningMarkJoinsThePreviousCharacter() {
        var input = TextInput(text: "e")
        #expect(input.handle(.char("\u{301}")) == .editing)
        #expect(input.text == "e\u{301}" && input.text.count == 1 && input.cursor == 1)
    }

    @Test func ctrlUClearsEnterSubmitsEscapeCancels() {
        var input = TextInput(text: "Türkiye")
        #expect(input.handle(.enter) == .submitted("Türkiye"))
        #expect(input.handle(.escape) == .cancelled)
        #expect(input.handle(.ctrl("u")) == .editing)
        #expect(input.text == "" && input.cursor == 0)
    }

    @Test func maxLengthAndControlCharactersAreEnforced() {
        var input = TextInput(maxLength: 3)
        type("日本語テ\u{7}", into: &input)
        #expect(input.text == "日本語")
        input.text = "abcdef"
        #expect(input.text == "abc" && input.cursor == 3)
        input.cursor = 99
        #expect(input.cursor == 3)
    }

    @Test func renderShowsCursorInReverse() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        var input = TextInput(text: "日本")
        input.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["日本"])
        #expect(buffer[x: 4, y: 0].style.reverse)
        #expect(!buffer[x: 0, y: 0].style.reverse)
        input.cursor = 1
        buffer = Buffer(size: Size(width: 10, height: 1))
        input.render(into: &buffer, area: buffer.area)
        #expect(buffer[x: 2, y: 0].grapheme == "本" && buffer[x: 2, y: 0].style.reverse)
        #expect(!buffer[x: 4, y: 0].style.reverse)
    }

    @Test func renderScrollsToKeepTheCursorVisible() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        var input = TextInput(text: "Côte d'Ivoire")
        input.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["voire"])
        #expect(buffer[x: 5, y: 0].style.reverse)
        input.cursor = 2
        buffer = Buffer(size: Size(width: 6, height: 1))
        input.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["Côte d"])
        #expect(buffer[x: 2, y: 0].style.reverse)
        input.text = "日本語テキスト"
        buffer = Buffer(size: Size(width: 5, height: 1))
        input.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["スト"])
        #expect(wideCharacterViolations(in: buffer).isEmpty)
    }
}
