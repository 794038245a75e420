import Testing
import MigofWidgets

@Suite struct TableTests {
    init() { requireUTF8() }

    private let columns = [
        TableColumn(title: "Country", width: .fixed(7)),
        TableColumn(title: "Score", width: .fixed(5), alignment: .right),
        TableColumn(title: "Note", width: .fill(1)),
    ]
    private let rows: [[TableCell]] = [
        ["Côte d'Ivoire", "3.0", "ok"],
        ["Türkiye", "2.5", "日本語テキスト"],
        ["日本", "4.0", "🚀"],
        ["日本語テキスト", "1.0"],
    ]

    @Test func columnsLineUpWithWideAndAccentedText() {
        var buffer = Buffer(size: Size(width: 22, height: 5))
        Table(columns: columns, rows: rows, showsSelection: false).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == [
            "Country Score Note",
            "Côte d…   3.0 ok",
            "Türkiye   2.5 日本語…",
            "日本      4.0 🚀",
            "日本語…   1.0",
        ])
        // Measured in cells, every score ends in the same column whatever precedes it.
        for y in 1..<5 {
            #expect(buffer[x: 11, y: y].grapheme == ".")
            #expect(buffer[x: 12, y: y].grapheme == "0" || buffer[x: 12, y: y].grapheme == "5")
            #expect(buffer[x: 13, y: y].grapheme == " ")
        }
        #expect(wideCharacterViolations(in: buffer).isEmpty)
    }

    @Test func truncationLeavesNoHalfCharacterInANarrowColumn() {
        var buffer = Buffer(size: Size(width: 8, height: 2))
        let table = Table(columns: [TableColumn(title: "C", width: .fixed(4)), TableColumn(title: "S", width: .fill(1))],
                          rows: [["日本語", "x"]], header: false, showsSelection: false)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines()[0] == "日…  x")
        #expect(wideCharacterViolations(in: buffer).isEmpty)
    }

    @Test func selectedRowUsesSelectionRoleAndScrolls() {
        var buffer = Buffer(size: Size(width: 22, height: 3))
        let table = Table(columns: columns, rows: rows, state: ListState(selected: 3, offset: 0))
        table.render(into: &buffer, area: buffer.area)
        // Two data rows fit; selecting row 3 shows rows 2 and 3.
        #expect(buffer.lines()[1].hasPrefix("日本 "))
        #expect(buffer.lines()[2].hasPrefix("日本語…"))
        #expect((0..<22).allSatisfy { buffer[x: $0, y: 2].style == Style(.selection) })
        #expect(buffer[x: 0, y: 1].style != Style(.selection))
        #expect(buffer[x: 0, y: 0].style == Style(.title, bold: true))
        #expect(table.visibleRowCount(in: buffer.area) == 2)
        #expect(table.rowIndex(atY: 2, in: buffer.area) == 3)
        #expect(table.rowIndex(atY: 0, in: buffer.area) == nil)
    }

    @Test func cellStylesAreKeptOnUnselectedRows() {
        var buffer = Buffer(size: Size(width: 10, height: 2))
        let table = Table(columns: [TableColumn(title: "A", width: .fill(1))], rows: [[TableCell("bad", style: Style(.negative))]],
                          header: false, showsSelection: false)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer[x: 0, y: 0].style == Style(.negative))
    }

    /// The selected row keeps its rating cells as chips of their band (reversed), and an
    /// unfocused table still shows where its selection is, dimmed.
    @Test func selectedRowKeepsRatingChipsAndUnfocusedSelectionIsDimmed() {
        let columns = [TableColumn(title: "Name", width: .fixed(6)), TableColumn(title: "R", width: .fixed(2), alignment: .right)]
        let rows: [[TableCell]] = [[TableCell("Chad"), TableCell("3", style: Style(.rating3, bold: true))],
                                   [TableCell("Peru"), TableCell("1", style: Style(.rating1, bold: true))]]
        var buffer = Buffer(size: Size(width: 9, height: 3))
        Table(columns: columns, rows: rows, state: ListState(selected: 0)).render(into: &buffer, area: buffer.area)
        #expect(buffer[x: 0, y: 1].style == Style(.selection))
        #expect(buffer[x: 8, y: 1].style == Style(.rating3, bold: true, reverse: true))
        #expect(buffer[x: 8, y: 2].style == Style(.rating1, bold: true))
        var dim = Buffer(size: Size(width: 9, height: 3))
        Table(columns: columns, rows: rows, state: ListState(selected: 1), focused: false).render(into: &dim, area: dim.area)
        #expect((0..<9).allSatisfy { dim[x: $0, y: 2].style == Style(.muted, reverse: true) })
        #expect(dim[x: 0, y: 1].style != Style(.selection))
    }
}
