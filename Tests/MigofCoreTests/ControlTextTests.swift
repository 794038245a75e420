import Foundation
import Testing
@testable import MigofCore

/// Issue 11, item 20: control characters are refused on the way in and escaped on the way out.
@Suite struct ControlTextTests {
    static let hostile = "Canada\u{1b}]0;pwned\u{7}\r\n\u{9b}2J\u{7f}"

    @Test func theRuleIsC0DelAndC1() {
        let controls = (0...0x1F).map { Unicode.Scalar($0)! } + (0x7F...0x9F).map { Unicode.Scalar($0)! }
        #expect(controls.allSatisfy(ControlText.isControl))
        #expect(!["a", " ", "é", "\u{A0}", "—", "\u{200D}"].map { Unicode.Scalar($0)! }.contains(where: ControlText.isControl))
        #expect(ControlText.firstControl(in: "Côte d'Ivoire — ok") == nil)
        #expect(ControlText.firstControl(in: "a\tb") == "\t")
    }

    @Test func visibleEscapesShowEveryControl() {
        #expect(ControlText.visible(Self.hostile) == #"Canada\x1b]0;pwned\x07\x0d\x0a\u009b2J\x7f"#)
        #expect(ControlText.visible("two\nlines\u{1b}", keepingLineBreaks: true) == "two\nlines\\x1b")
        #expect(ControlText.visible("Türkiye £5") == "Türkiye £5")
        #expect(ControlText.problem(in: "a\u{1b}", what: "the note")?.hasPrefix("the note holds the control character U+001B") == true)
    }

    @Test func jsonEscapesDelAndC1AsWellAsC0() throws {
        let written = JSONWriter.write(.string(Self.hostile + " £"))
        #expect(written == #""Canada\u001b]0;pwned\u0007\r\n\u009b2J\u007f £""# + "\n")
        #expect(try JSONParser.parse(written).value == .string(Self.hostile + " £"))
    }

    @Test func tablesCSVAndMarkdownShowVisibleEscapes() {
        var table = TextTable(headers: ["name", "n"], alignments: [.left, .right])
        table.rows = [[Self.hostile, "1"], ["Chad", "2"]]
        let text = table.render()
        #expect(!text.unicodeScalars.contains { ControlText.isControl($0) && $0 != "\n" })
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3 && lines[1].hasSuffix("  1") && lines[1].count == lines[2].count)
        let csv = CSVWriter.line([Self.hostile, "x"])
        #expect(csv == #"Canada\x1b]0;pwned\x07\x0d\x0a\u009b2J\x7f,x"#)
        #expect(Markdown.escape("a|b\n\u{1b}") == #"a\|b \x1b"#)
    }

    @Test func diagnosticsQuoteEscaped() {
        let diagnostic = Diagnostic(path: "s\u{1b}.json", line: 3, column: 0, message: "unknown field '\u{1b}[2J'")
        #expect(diagnostic.description == #"s\x1b.json:3: unknown field '\x1b[2J'"#)
    }

    @Test(arguments: ["name", "region"])
    func theStoreReaderRefusesAControlInAnyTextOnBothPaths(field: String) throws {
        let bundled = try StoreFile(path: Fixtures.paths.bundledStore).readBytes()
        var object = try JSONSerialization.jsonObject(with: Data(bundled)) as! [String: Any]
        var countries = object["countries"] as! [String: Any]
        var canada = countries["CAN"] as! [String: Any]
        canada[field] = "Canada\u{1b}]0;pwned\u{7}"
        countries["CAN"] = canada
        object["countries"] = countries
        try expectRefusedOnBothPaths(object, saying: "\(field) of CAN holds the control character U+001B (\\x1b)")
    }

    /// The fast decoder declines `object` and the checked one names the problem. The bundled
    /// store is scored with the default framework, so it is read with that one.
    private func expectRefusedOnBothPaths(_ object: [String: Any], saying message: String) throws {
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: object))
        #expect(StoreFastDecoder.decode(bytes, framework: Fixtures.sdg) == nil)
        #expect {
            try Store.parse(bytes, path: "s.json", framework: Fixtures.sdg)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    /// Version 2's own text (a source's fields and id, a rating's caveat) obeys the same rule
    /// on both paths.
    @Test(arguments: ["citation", "caveat", "id"])
    func theVersion2PartsRefuseAControlOnBothPaths(part: String) throws {
        let bundled = try StoreFile(path: Fixtures.paths.bundledStore).readBytes()
        var object = try JSONSerialization.jsonObject(with: Data(bundled)) as! [String: Any]
        var sources = object["sources"] as! [String: Any]
        var countries = object["countries"] as! [String: Any]
        let bad = "x\u{1b}]0;pwned\u{7}"
        switch part {
        case "citation":
            var source = sources["national-can"] as! [String: Any]
            source["citation"] = bad
            sources["national-can"] = source
        case "caveat":
            var canada = countries["CAN"] as! [String: Any]
            var assessments = canada["assessments"] as! [String: Any]
            var year = assessments["2019"] as! [String: Any]
            var reported = year["reported"] as! [String: Any]
            var overall = reported["overall"] as! [String: Any]
            overall["caveat"] = bad
            reported["overall"] = overall
            year["reported"] = reported
            assessments["2019"] = year
            canada["assessments"] = assessments
            countries["CAN"] = canada
        default:
            sources[bad] = sources["national-can"]
        }
        object["sources"] = sources
        object["countries"] = countries
        try expectRefusedOnBothPaths(object, saying: "the control character U+001B (\\x1b)")
    }

    @Test func aNoteOrSourceWithAControlIsRefusedWithItsLine() {
        let note = Fixtures.firstError(#"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "","#
            + "\n" + #""assessments": {"2021": {"notes": {"P1.1": "two\nlines"}}}}}}"#)
        #expect(note?.hasPrefix("s.json:2:") == true && note?.contains("U+000A") == true)
        let source = Fixtures.firstError(#"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {"2021": {"reported": {"P1": {"rating": 2, "source": "s\u009b"}}}}}}}"#)
        #expect(source?.contains("U+009B") == true)
    }

    @Test func setNoteRefusesAControl() {
        var store = Fixtures.importedStore
        #expect(throws: MigofError.self) {
            try store.setNote("line\nbreak", indicator: "P1.1", country: "CAN", year: 2021, framework: Fixtures.framework)
        }
        #expect(store.countries["CAN"]?.assessments[2021]?.notes["P1.1"] == nil)
    }

    @Test func anImportRefusesControlsLineBreaksInFieldsAndInvalidUTF8() {
        let header = "iso3,country,year,domain,rating,source\n"
        func error(_ bytes: [UInt8]) -> String? {
            do {
                _ = try CSVReader.checkedText(bytes, path: "in.csv")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(error(Array((header + "CAN,Canada,2021,D1,3,src\r\n").utf8)) == nil)
        #expect(error(Array((header + "CAN,Canada,2021,D1,3,s\u{1b}[2J\n").utf8))?.hasPrefix("in.csv:2: the line holds") == true)
        #expect(error(Array((header + "CAN,Canada,2021,D1,3,\"a\nb\"\n").utf8))?.hasPrefix("in.csv:2: a quoted field holds") == true)
        #expect(error(Array(header.utf8) + [0x43, 0xE9, 0x0A]) == "in.csv:2: the file is not valid UTF-8 (save it as UTF-8 text)")
    }
}

/// Text that enters the store from outside a file the reader checks: the audit user and the
/// country catalogue. Neither may make the saved store unreadable.
@Suite struct ControlTextSourcesTests {
    let framework = Fixtures.framework

    @Test func anAuditUserWithAControlIsSavedEscapedAndTheStoreStillLoads() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/store.json"
        try StoreFile(path: path).save(Fixtures.importedStore, framework: framework)
        let session = EditingSession(storePath: path, framework: framework, user: "mallory\u{1b}[2J")
        defer { session.close() }
        let saved = try StoreFile(path: path).load(framework: framework)
        var store = saved
        try store.setScore(2, indicator: "O1.2", country: "DNK", year: 2021, framework: framework)
        _ = try session.save(store, since: saved, touched: ["DNK"])
        let reloaded = try StoreFile(path: path).load(framework: framework)
        #expect(reloaded.audit.last?.user == #"mallory\x1b[2J"#)
    }

    @Test func aCatalogueWithAControlIsRefusedWithItsLine() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/countries.csv"
        let text = "iso3,iso2,m49,name,region,sub_region\nCAN,CA,124,Canada\u{1b}]0;x\u{7},Americas,Northern America\n"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        #expect {
            try CountryCatalog.load(path: path)
        } throws: { error in
            "\(error)".hasPrefix(path + ":2: the line holds the control character U+001B")
        }
    }
}
