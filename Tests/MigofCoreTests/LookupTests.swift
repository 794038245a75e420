import Testing
@testable import MigofCore

@Suite struct LookupTests {
    let resolver = CountryResolver(store: Fixtures.importedStore)

    @Test(arguments: [("CAN", "CAN"), ("can", "CAN"), ("CA", "CAN"), ("canada", "CAN"), ("cote", "CIV"),
                      ("Côte d'Ivoire", "CIV"), ("COTE D", "CIV"), ("mex", "MEX"), ("dk", "DNK")])
    func resolves(query: String, iso3: String) throws {
        #expect(try resolver.resolve(query).iso3 == iso3)
    }

    @Test func ambiguousPrefixListsCandidates() {
        do {
            _ = try resolver.resolve("ma")
            Issue.record("should be ambiguous")
        } catch {
            #expect(error.description.contains("matches several countries"))
            #expect(error.exitCode == 64)
        }
    }

    @Test func unknownNameSuggests() {
        do {
            _ = try resolver.resolve("Canda")
            Issue.record("should fail")
        } catch {
            #expect(error.description == "no country matches 'Canda'; did you mean Canada (CAN)?")
        }
    }

    @Test func sortingPutsUnratedLast() {
        let report = ListReport(store: Fixtures.importedStore, framework: Fixtures.framework, year: 2021,
                                onlyAssessed: true, region: nil, sort: .area("O1"))
        let values = report.profiles.map { $0.area("O1")?.rating.value }
        let rated = values.prefix { $0 != nil }
        #expect(rated.count == 18 || rated.count == values.filter { $0 != nil }.count)
        #expect(Array(rated) == rated.sorted { ($0 ?? 0) > ($1 ?? 0) })
        #expect(values.dropFirst(rated.count).allSatisfy { $0 == nil })
    }

    @Test func listFiltersByRegionAndYear() {
        let report = ListReport(store: Fixtures.importedStore, framework: Fixtures.framework, year: 2021,
                                onlyAssessed: true, region: "northern europe", sort: .name)
        #expect(report.profiles.map(\.country.iso3) == ["DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NOR", "SWE"])
        #expect(report.profiles.allSatisfy { $0.country.subRegion == "Northern Europe" })
        let csv = report.render(.csv)
        #expect(csv.hasPrefix("iso3,name,region,overall,P1,P2,P3,O1,O2,O3,overall_basis,P1_basis,"))
        #expect(csv.contains("\nDNK,Denmark,Europe,2,3,3,4,2,2,2,reported,reported,reported,reported,reported,reported,reported\n"))
    }
}
