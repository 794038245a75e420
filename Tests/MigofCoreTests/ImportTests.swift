import Testing
@testable import MigofCore

@Suite struct ImportTests {
    let store = Fixtures.importedStore

    /// The counts SOURCES.md gives for the two UN rounds (1,407 rows).
    @Test func holdsEveryRatingOfBothRounds() {
        let countries = store.countries.values
        func count(_ year: Int, _ test: (Assessment) -> Bool) -> Int {
            countries.filter { $0.assessments[year].map(test) ?? false }.count
        }
        #expect(countries.count == 138)
        #expect(count(2019) { $0.reportedOverall != nil } == 111)
        #expect(count(2019) { $0.reportedAreas.count == 6 } == 111)
        #expect(count(2021) { $0.reportedOverall != nil } == 89)
        #expect(count(2021) { $0.reportedAreas.count == 6 } == 90)
        #expect(count(2023) { $0.reportedOverall != nil } == 1)
        let ratings = countries.flatMap(\.assessments.values).map { $0.reportedAreas.count + ($0.reportedOverall == nil ? 0 : 1) }
        #expect(ratings.reduce(0, +) == 1407)
        #expect(countries.allSatisfy { $0.assessments.values.allSatisfy { $0.scores.isEmpty } })
    }

    @Test(arguments: [
        ("TUR", 2021, 3, [3, 4, 3, 3, 4, 4]),
        ("ALB", 2019, 3, [2, 4, 4, 3, 3, 2]),
        ("CAN", 2021, 3, [3, 4, 4, 4, 4, 4]),
        ("DNK", 2021, 2, [3, 3, 4, 2, 2, 2]),
    ])
    func sampleValuesMatchTheCSV(iso3: String, year: Int, overall: Int, areas: [Int]) {
        let assessment = store.countries[iso3]!.assessments[year]!
        #expect(assessment.reportedOverall?.rating == overall)
        #expect(Fixtures.framework.areas.map { assessment.reportedAreas[$0.id]?.rating } == areas.map(Optional.some))
    }

    @Test func metadataComesFromTheCatalogue() {
        let civ = store.countries["CIV"]!
        #expect(civ.name == "Côte d'Ivoire")
        #expect(civ.iso2 == "CI")
        #expect(civ.m49 == "384")
        #expect(civ.region == "Africa")
        #expect(store.countries["CAN"]!.subRegion == "Northern America")
    }

    @Test func bundledStoreIsTheImportersOutput() throws {
        let bundled = try StoreFile(path: Fixtures.paths.bundledStore).readBytes()
        #expect(bundled == Array(Fixtures.importedSDG.encoded(framework: Fixtures.sdg).utf8))
    }

    @Test func everyRatingCitesASourceOfTheTable() {
        for country in store.countries.values {
            for assessment in country.assessments.values {
                for rating in [assessment.reportedOverall].compactMap({ $0 }) + assessment.reportedAreas.values {
                    let source = store.sources[rating.source]
                    #expect(source != nil, "\(country.iso3): \(rating.source)")
                    // A citation a person can use, never a repository path.
                    #expect(source.map { !$0.citation.contains(":") && !$0.citation.contains("/") } ?? false)
                    #expect(source.map { $0.path.contains("@") } ?? false, "the path names its commit")
                }
            }
        }
        #expect(store.sources["un-sdg-gapminder"]?.citation == "UN SDG Global Database, series SG_CPA_MIGRS (via Gapminder)")
    }

    @Test func caveatsComeFromTheData() {
        #expect(store.countries["ARM"]!.assessments[2021]!.reportedAreas.values.allSatisfy { $0.caveat != nil })
        #expect(store.countries["ARM"]!.assessments[2019]!.reportedAreas.values.allSatisfy { $0.caveat == nil })
        #expect(store.countries["CAN"]!.assessments[2021]!.reportedOverall?.caveat != nil)
        #expect(store.countries["KAZ"]!.assessments[2023]!.reportedOverall?.caveat?.contains("national") == true)
        #expect(store.countries["TUR"]!.assessments[2021]!.reportedOverall?.caveat == nil)
        // Without the table, no caveat: they are never made up in code.
        var plain = Store()
        let text = "iso3,country,year,domain,rating,source\nARM,Armenia,2021,D1,3,x\n"
        _ = try? SDGImport.apply(text, path: "t.csv", to: &plain, framework: Fixtures.framework, catalog: Fixtures.catalog)
        #expect(plain.countries["ARM"]?.assessments[2021]?.reportedAreas["P1"]?.caveat == nil)
        #expect(plain.sources["x"]?.citation == "x")
    }

    @Test func badRowsAreReportedWithLineNumbersAndNothingChanges() {
        let text = """
        iso3,country,year,domain,rating,source
        CAN,Canada,2021,overall,3,src
        XXX,Nowhere,2021,overall,3,src
        CAN,Canada,20x1,D1,3,src
        CAN,Canada,2021,D9,3,src
        CAN,Canada,2021,D2,5,src
        CAN,Canada,2021,D3,2.5,src
        CAN,Canada,2021,D4,3,
        CAN,Canada,2021,overall,2,src
        CAN,Canada,2021
        """
        var target = Store()
        #expect(throws: MigofError.self) {
            try SDGImport.apply(text, path: "in.csv", to: &target, framework: Fixtures.framework, catalog: Fixtures.catalog)
        }
        #expect(target == Store())
        do {
            _ = try SDGImport.apply(text, path: "in.csv", to: &target, framework: Fixtures.framework, catalog: Fixtures.catalog)
        } catch {
            guard case .invalid(let list) = error else { Issue.record("wrong error \(error)"); return }
            let lines = list.map(\.line)
            #expect(lines == [3, 4, 5, 6, 7, 8, 9, 10])
            #expect(list[0].description == "in.csv:3: unknown country code 'XXX'; use an ISO 3166 alpha-3 code")
            #expect(list[6].description.contains("duplicate rating for CAN 2021 overall (first on line 2)"))
        }
    }

    @Test func reimportReportsUnchangedRatings() throws {
        var copy = store
        let text = "iso3,country,year,domain,rating,source\nCAN,Canada,2021,D1,2,new\nFRA,France,2030,overall,4,x\n"
        let summary = try SDGImport.apply(text, path: "x.csv", to: &copy, framework: Fixtures.framework, catalog: Fixtures.catalog)
        #expect(summary.ratingsChanged == 1)
        #expect(summary.ratingsAdded == 1)
        #expect(copy.countries["CAN"]!.assessments[2021]!.reportedAreas["P1"] == ReportedRating(rating: 2, source: "new"))
    }

    @Test func headerIsChecked() {
        var target = Store()
        #expect(throws: MigofError.invalid([Diagnostic(path: "h.csv", line: 1, column: 0, message: "header must be iso3,country,year,domain,rating,source, found iso,country")])) {
            try SDGImport.apply("iso,country\n", path: "h.csv", to: &target, framework: Fixtures.framework, catalog: Fixtures.catalog)
        }
    }

    @Test func csvReaderHandlesQuotesAndCRLF() throws {
        let records = try CSVReader.records("a,b\r\n\"x, \"\"y\"\"\",z\r\n\r\n\"multi\nline\",w\n")
        #expect(records.map(\.fields) == [["a", "b"], ["x, \"y\"", "z"], ["multi\nline", "w"]])
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 1)) { try CSVReader.records("\"open,b\n") }
    }
}
