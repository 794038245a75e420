import Testing
@testable import MigofCore

@Suite struct TOMLReaderTests {
    func parse(_ text: String) throws(MigofError) -> TOMLTable { try TOMLReader.parse(text, path: "c.toml") }

    func message(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsScalarsArraysAndInlineTables() throws {
        let table = try parse("""
            # a comment
            theme = "dark" # after a value
            mouse = false
            count = 1_000
            name = 'C:\\literal'
            keys = { save = ["C-s"], quit = ["q", "Z Z"] }
            list = [
              "a", # first
              "b",
            ]
            """)
        #expect(table["theme"]?.value == .string("dark"))
        #expect(table["mouse"]?.value == .boolean(false))
        #expect(table["count"]?.value == .integer(1000))
        #expect(table["name"]?.value == .string("C:\\literal"))
        guard case .table(let keys)? = table["keys"]?.value, case .array(let quit)? = keys["quit"]?.value else {
            Issue.record("keys not read")
            return
        }
        #expect(quit.map(\.value) == [.string("q"), .string("Z Z")])
        #expect(quit[1].line == 6 && quit[1].column == 39)
        guard case .array(let list)? = table["list"]?.value else { Issue.record("list"); return }
        #expect(list.count == 2)
    }

    @Test func readsTableHeadersAndDottedKeys() throws {
        let table = try parse("a.b = 1\n[keys]\nsave = [\"s\"]\n\"quoted key\" = \"é\\u00e9\"\n")
        guard case .table(let a)? = table["a"]?.value, case .table(let keys)? = table["keys"]?.value else {
            Issue.record("tables")
            return
        }
        #expect(a["b"]?.value == .integer(1))
        #expect(keys["save"]?.line == 3)
        #expect(keys["quoted key"]?.value == .string("éé"))
    }

    @Test(arguments: [
        ("theme = dark", "c.toml:1:9: expected a value, found 'dark' (strings need quotes: \"dark\")"),
        ("theme = \"dark", "c.toml:1:14: a string is not closed before the end of the file (missing \")"),
        ("theme = \"a\"\ntheme = \"b\"", "c.toml:2:1: 'theme' is set twice (first on line 1)"),
        ("x = 1.5", "c.toml:1:5: floating-point values not supported in the config file ('1.5')"),
        ("x = [1 2]", "c.toml:1:8: expected ',' or ']' in an array, found '2'"),
        ("[keys\nsave = 1", "c.toml:1:6: expected ']', found the end of the line"),
        ("x = 1 y = 2", "c.toml:1:7: expected the end of the line, found 'y'"),
        ("x = \"\\q\"", "c.toml:1:7: unknown escape '\\q' in a string"),
        ("[[a]]", "c.toml:1:2: arrays of tables ([[…]]) are not supported in the config file"),
        ("[a]\n[a]", "c.toml:2:1: table [a] is declared twice"),
        ("k = { a = 1,\n b = 2 }", "c.toml:1:13: expected a key, found the end of the line"),
        ("= 1", "c.toml:1:1: expected a key, found '='"),
    ])
    func errorsNameLineAndColumn(text: String, expected: String) {
        #expect(message(text) == expected)
    }

    @Test func skipsByteOrderMarkAndCRLF() throws {
        let table = try parse("\u{FEFF}theme = \"x\"\r\nmouse = true\r\n")
        #expect(table["mouse"]?.value == .boolean(true))
    }
}
