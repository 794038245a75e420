import Testing
import MigofWidgets

@Suite struct StatusBarTests {
    init() { requireUTF8() }

    private let bar = StatusBar(left: "12 countries", right: "? help",
                                hints: [(key: "/", label: "filter"), (key: "s", label: "sort"), (key: "q", label: "quit")])

    private func render(width: Int) -> String {
        var buffer = Buffer(size: Size(width: width, height: 1))
        bar.render(into: &buffer, area: buffer.area)
        return buffer.lines()[0]
    }

    @Test func everythingFitsWhenWide() {
        #expect(render(width: 60) == "12 countries  / filter  s sort  q quit" + String(repeating: " ", count: 16) + "? help")
    }

    @Test func hintsAreDroppedFromTheEnd() {
        #expect(render(width: 40) == "12 countries  / filter  s sort    ? help")
        #expect(render(width: 30) == "12 countries  / filter  ? help")
    }

    @Test(arguments: 6...30)
    func helpStaysVisibleAtNarrowWidths(width: Int) {
        #expect(render(width: width).hasSuffix("? help"))
    }

    @Test func leftIsCutBeforeHelpDisappears() {
        #expect(render(width: 10) == "12… ? help")
        #expect(render(width: 4) == "? h…")
    }

    /// Hints come most important first; one too long for the room left gives way to a
    /// shorter one after it, and none is ever cut.
    @Test func aHintThatDoesNotFitGivesItsRoomToAShorterOne() {
        let bar = StatusBar(left: "s.json", right: "? help",
                            hints: [(key: "f", label: "filter"), (key: "Enter", label: "profile"), (key: "q", label: "quit")])
        var buffer = Buffer(size: Size(width: 32, height: 1))
        bar.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines()[0] == "s.json  f filter  q quit  ? help")
    }
}
