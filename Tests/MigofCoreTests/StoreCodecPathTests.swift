import Testing
@testable import MigofCore

/// The fast paths (direct encoder, one-pass decoder) against the reference paths (JSON tree
/// writer, checked tree decoder): same bytes, same verdicts, same model.
@Suite struct StoreCodecPathTests {
    let framework = Fixtures.framework

    /// Stores with the awkward cases: escapes and non-ASCII in every string, empty assessments,
    /// entities without assessments, partial reported ratings, an empty store.
    static func samples() -> [Store] {
        let framework = Fixtures.framework
        var odd = Fixtures.importedStore
        // No control characters: a store may not hold them (ControlTextTests covers their refusal).
        try! odd.setNote("quote \" backslash \\ slash / nbsp \u{A0} é 日本 🚀", indicator: "P1.1",
                         country: "CAN", year: 2021, framework: framework)
        try! odd.setScore(nil, indicator: "P1.1", country: "CAN", year: 2021, framework: framework)
        odd.countries["TOR01"] = Country(iso3: "TOR01", iso2: "", m49: "", name: "  Toronto \"T.O.\"", region: "", subRegion: "")
        odd.countries["EMP1"] = Country(iso3: "EMP1", iso2: "", m49: "", name: "Empty", region: "", subRegion: "",
                                        assessments: [1999: Assessment()])
        var audited = Fixtures.importedStore
        audited.audit = [
            AuditEntry(time: "2026-11-29T02:52:04Z", user: "ana", change: .score, country: "CAN", year: 2021,
                       indicator: "P1.1", oldScore: nil, newScore: 3),
            AuditEntry(time: "2026-11-29T02:52:04Z", user: "ana \"q\"", change: .note, country: "CAN", year: 2021,
                       indicator: "P1.1", oldNote: "old é", newNote: "new — 日本"),
            AuditEntry(time: "2026-11-29T03:00:00Z", user: "ana", change: .countryRemoved, country: "ABW"),
        ]
        return [Store(), Fixtures.importedStore, odd, audited,
                SyntheticStore(entities: 40, years: 2, seed: 3).make(framework: framework)]
    }

    @Test func directEncoderWritesWhatTheTreeWriterWrites() {
        for store in Self.samples() {
            #expect(store.encodedBytes(framework: framework) == JSONWriter.bytes(store.jsonValue(framework: framework)))
        }
    }

    @Test func fastDecoderAgreesWithTheCheckedDecoderOnValidFiles() throws {
        for store in Self.samples() {
            let bytes = store.encodedBytes(framework: framework)
            let fast = StoreFastDecoder.decode(bytes, framework: framework)
            #expect(fast != nil, "a canonical file takes the fast path")
            #expect(fast == store)
            #expect(try Store.parseChecked(bytes, path: "s", framework: framework) == store)
        }
    }

    /// Valid files in shapes migof never writes: any member order, compact or CRLF layout, a
    /// byte order mark, escaped keys, `-0`-free integers in odd places. Both paths must agree.
    @Test(arguments: [
        #"{"countries": {}, "version": 1}"#,
        "\u{FEFF}{\"version\":1,\"countries\":{}}",
        "{\r\n\"version\"\t:\r\n1 ,\"countries\":{ } }\r\n",
        #"{"version": 1, "countries": {"CAN": {"assessments": {"2021": {"notes": {"P1.1": ""}, "scores": {"P1.2": null, "P1.1": 4}, "reported": {"P1": {"source": "s", "rating": 1}}}}, "subRegion": "", "region": "", "m49": "", "iso2": "", "name": "C"}}}"#,
        #"{"version": 1, "countries": {"C\u0041N": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {}}}}"#,
        // An answer is an option's value as a number: 4e0 is 4 (the fast path leaves it to the checked one).
        #"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {"2021": {"scores": {"P1.1": 4e0}}}}}}"#,
        #"{"version": 1, "countries": {"CAN": {"name": "C\u00e9", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {"2021": {}}}}}"#,
    ])
    func unusualValidFilesDecodeTheSameBothWays(text: String) throws {
        let bytes = Array(text.utf8)
        let checked = try Store.parseChecked(bytes, path: "s", framework: framework)
        if let fast = StoreFastDecoder.decode(bytes, framework: framework) {
            #expect(fast == checked)
        }
        #expect(try Store.parse(bytes, path: "s", framework: framework) == checked)
    }

    /// Regression: a score of 19 or more digits overflowed `Int` in the fast decoder and
    /// crashed the process instead of reporting the value (found by the file fuzz test).
    @Test(arguments: ["99999999999999999999", "9223372036854775807", "-9223372036854775809", "123456789012345678"])
    func hugeIntegersAreRefusedWithoutCrashing(literal: String) {
        let text = StoreCodecTests.valid.replacingOccurrences(of: "\"P1.1\": 2", with: "\"P1.1\": \(literal)")
        #expect(Fixtures.firstError(text) == "s.json:13:30: answer of P1.1 in CAN 2021 must be one of 1, 2, 3, 4, got \(literal)")
    }

    /// Invalid files the fast path could be tempted to accept.
    @Test(arguments: [
        #"{"version": 1, "countries": {}, "version": 1}"#,
        #"{"version": 1.0, "countries": {}}"#,
        #"{"version": 01, "countries": {}}"#,
        #"{"version": 1, "countries": {}} x"#,
        #"{"version": 1, "countries": {"CAN": {"name": " ", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {}}}}"#,
        #"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {"2021": {"scores": {"P1.1": 4, "P1.1": 4}}}}}}"#,
        #"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {"2021": {"scores": {"P1.1": -4}}}}}}"#,
        #"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {"2021": {"scores": {"P1.1": nulll}}}}}}"#,
        #"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {"1899": {}}}}}"#,
        #"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {"2021": {"reported": {"P1": {"rating": 2, "source": "s"}, "P1": {"rating": 2, "source": "s"}}}}}}}"#,
        #"{"version": 1, "countries": {"CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {}}, "CAN": {"name": "C", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {}}}}"#,
        #"{"version": 1, "countries": {"CAN": {"name": "C\u0000", "iso2": "", "m49": "", "region": "", "subRegion": "", "assessments": {}, "extra": 1}}}"#,
    ])
    func invalidFilesAreRefusedByBothPaths(text: String) {
        let bytes = Array(text.utf8)
        #expect(StoreFastDecoder.decode(bytes, framework: framework) == nil)
        #expect(throws: MigofError.self) { try Store.parse(bytes, path: "s", framework: framework) }
    }
}
