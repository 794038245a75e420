import Testing
import MigofWidgets

@Suite struct TextInputRefusalTests {
    @Test func digitsOnlyRefusesOtherCharacters() {
        var input = TextInput(maxLength: 4)
        input.digitsOnly = true
        _ = input.handle(.char("2"))
        #expect(input.refusal == nil)
        _ = input.handle(.char("x"))
        #expect(input.refusal == .notADigit)
        #expect(input.text == "2")
        _ = input.handle(.char("0"))
        #expect(input.refusal == nil && input.text == "20")
    }

    @Test func aFullFieldSaysWhy() {
        var input = TextInput(maxLength: 2)
        _ = input.handle(.char("a"))
        _ = input.handle(.char("b"))
        #expect(input.refusal == nil)
        _ = input.handle(.char("c"))
        #expect(input.refusal == .full && input.text == "ab")
    }
}
