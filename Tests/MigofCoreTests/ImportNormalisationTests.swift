import Testing
@testable import MigofCore

/// `import sdg` reads spreadsheet exports as typed by hand, catches duplicates however they
/// are spelled, lists and audits every change.
@Suite struct ImportNormalisationTests {
    private func run(_ text: String, into store: inout Store) throws(MigofError) -> SDGImport.Summary {
        try SDGImport.apply(text, path: "in.csv", to: &store, framework: Fixtures.framework, catalog: Fixtures.catalog,
                         sources: Fixtures.sources, caveats: Fixtures.caveats)
    }

    private func problems(_ text: String) -> [String] {
        var store = Fixtures.importedStore
        do {
            _ = try run(text, into: &store)
            return []
        } catch {
            guard case .invalid(let list) = error else { return [error.description] }
            return list.map(\.description)
        }
    }

    @Test func aBOMDecimalsAndLowercaseAreAccepted() throws {
        var store = Fixtures.importedStore
        let text = "\u{FEFF}iso3,country,year,domain,rating,source\ncan,Canada,2021,d01,1.0,new\nDnk,Denmark,2021,OVERALL,4.00,s\n"
        let summary = try run(text, into: &store)
        #expect(summary.rows == 2)
        let p1 = store.countries["CAN"]!.assessments[2021]!.reportedAreas["P1"]
        #expect(p1?.rating == 1 && p1?.source == "new")
        // The normalised code finds the caveat caveats.csv gives Canada's 2021 values.
        #expect(p1?.caveat != nil && p1?.caveat == Fixtures.caveats.caveat(iso3: "CAN", year: 2021, domain: "D1"))
        #expect(store.countries["DNK"]!.assessments[2021]!.reportedOverall?.rating == 4)
        #expect(store.countries["can"] == nil)
    }

    @Test func duplicatesAreFoundAfterNormalising() {
        let found = problems("""
            iso3,country,year,domain,rating,source
            CAN,Canada,2021,D1,2,a
            CAN,Canada,2021,D01,3,b
            CAN,Canada,2021,overall,2,a
            can,Canada,2021,OVERALL,3,a
            """)
        #expect(found == ["in.csv:3: duplicate rating for CAN 2021 D1 (first on line 2)",
                          "in.csv:5: duplicate rating for CAN 2021 overall (first on line 4)"])
    }

    @Test func yearsSayWhatIsWrong() {
        let found = problems("iso3,country,year,domain,rating,source\nCAN,Canada,1850,overall,3,a\nCAN,Canada,21,overall,3,a\n")
        #expect(found == ["in.csv:2: year 1850 is out of range; SDG 10.7.2 years run from 1900 to 2200",
                          "in.csv:3: year '21' must be a four-digit year such as 2021"])
        #expect(problems("iso3,country,year,domain,rating,source\nCAN,Canada,2021,overall,3.5,a\n").count == 1)
        #expect(problems("iso3,country,year,domain,rating,source\nCAN,Canada,2021,overall,.0,a\n").count == 1)
    }

    @Test func aNameThatNamesAnotherCountryIsAWarning() throws {
        var store = Fixtures.importedStore
        let summary = try run("iso3,country,year,domain,rating,source\nFRA,Germany,2021,overall,2,s\nGBR,UK,2021,overall,2,s\n", into: &store)
        #expect(summary.warnings.map(\.description)
                == ["in.csv:2: FRA is France, but the row names 'Germany', which is Germany (DEU); imported as FRA"])
        #expect(store.countries["FRA"]!.assessments[2021]!.reportedOverall?.rating == 2)
        // The bundled CSV's own names never contradict its codes.
        var fresh = Store()
        let bundled = try String(contentsOfFile: Fixtures.csvPath, encoding: .utf8)
        #expect(try run(bundled, into: &fresh).warnings.isEmpty)
    }

    @Test func everyChangeIsListedAndAudited() throws {
        let before = Fixtures.importedStore
        var store = before
        let text = "iso3,country,year,domain,rating,source\nCAN,Canada,2021,D1,1,new\nCAN,Canada,2021,D2,4,"
            + "sdg-data-canada-odd-donnees/sdg-data-donnees-odd:data/indicator_10-7-2.csv\nUSA,USA,2021,overall,3,x\n"
        let summary = try run(text, into: &store)
        #expect(summary.line(dryRun: true) == "would import 3 rows: 1 new, 1 changed, 1 unchanged; 1 country added")
        #expect(summary.changes.map(\.description) == ["CAN 2021 D1: 3 → 1 (source new)", "USA 2021 overall: – → 3 (source x)"])
        let audit = AuditEntry.changes(from: before, to: store, countries: ["CAN", "USA"], framework: Fixtures.framework,
                                       time: "2026-12-01T00:00:00Z", user: "ana")
        #expect(audit.map { "\($0.country) \($0.change.rawValue) \($0.indicator ?? "") \($0.oldScore ?? 0)>\($0.newScore ?? 0)" }
                == ["CAN rating P1 3>1", "USA country added  0>0", "USA year added  0>0", "USA rating overall 0>3"])
        // The audit names sources by their v2 id, as the store does.
        #expect(audit[0].oldNote == "national-can" && audit[0].newNote == "new")
    }

    @Test func oneRowIsOneRow() throws {
        var store = Fixtures.importedStore
        let summary = try run("iso3,country,year,domain,rating,source\nCAN,Canada,2021,D1,1,new\n", into: &store)
        #expect(summary.line(dryRun: false) == "imported 1 row: 0 new, 1 changed, 0 unchanged; 0 countries added")
    }

    @Test func ratingEntriesSurviveASaveAndReload() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        var store = Fixtures.importedStore
        let before = store
        _ = try run("iso3,country,year,domain,rating,source\nCAN,Canada,2021,D1,1,new\n", into: &store)
        store.audit = AuditEntry.changes(from: before, to: store, countries: ["CAN"], framework: Fixtures.framework,
                                         time: "2026-12-01T00:00:00Z", user: "ana")
        let file = StoreFile(path: folder + "/store.json")
        try file.save(store, framework: Fixtures.framework)
        let loaded = try file.load(framework: Fixtures.framework)
        #expect(loaded.audit == store.audit)
        #expect(try Store.parseChecked(file.readBytes(), path: file.path, framework: Fixtures.framework).audit == store.audit)
    }
}
