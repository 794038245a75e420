import Foundation
import Testing
@testable import MigofCore

/// The one country-matching policy: aliases, exact beats prefix, ambiguity, the catalogue.
@Suite struct CountryResolverTests {
    let resolver = CountryResolver(store: Fixtures.importedStore, catalog: Fixtures.catalog)

    @Test(arguments: [("uk", "GBR"), ("UK", "GBR"), ("U.K.", "GBR"), ("great britain", "GBR"), ("russia", "RUS"),
                      ("turkey", "TUR"), ("Türkiye", "TUR"), ("turkiye", "TUR"), ("ivory coast", "CIV"),
                      ("Côte d’Ivoire", "CIV"), ("cote d'ivoire", "CIV"), ("ivory", "CIV")])
    func aliasesAndUsualNames(query: String, iso3: String) throws {
        #expect(try resolver.resolve(query).iso3 == iso3)
    }

    @Test func anExactAliasBeatsAPrefix() throws {
        // "uk" is a prefix of Ukraine, and an exact alias of the United Kingdom.
        #expect(Fixtures.importedStore.countries["UKR"] != nil)
        #expect(try resolver.resolve("uk").iso3 == "GBR")
        #expect(try resolver.resolve("ukr").iso3 == "UKR")
    }

    @Test func aCatalogueCountryMissingFromTheStoreIsNamed() {
        #expect(Fixtures.importedStore.countries["USA"] == nil)
        for query in ["usa", "US", "united states", "America"] {
            guard case .notInStore(let entry) = resolver.match(query) else {
                Issue.record("\(query): \(resolver.match(query))")
                continue
            }
            #expect(entry.iso3 == "USA")
        }
        do {
            _ = try resolver.resolve("usa")
            Issue.record("usa is not in the bundled store")
        } catch {
            #expect(error.description.hasPrefix("United States of America (USA) is not in this store; add it with"))
            #expect(!error.description.contains("Uganda"))
            #expect(error.exitCode == 64)
        }
    }

    @Test func anAmbiguousPrefixListsItsCandidates() throws {
        var store = Store()
        for code in ["KOR", "PRK", "CAN"] { store.countries[code] = Fixtures.catalog.countries[code] }
        let korea = CountryResolver(store: store, catalog: Fixtures.catalog)
        guard case .ambiguous(let candidates) = korea.match("korea") else {
            Issue.record("korea should be ambiguous: \(korea.match("korea"))")
            return
        }
        #expect(Set(candidates.map(\.iso3)) == ["KOR", "PRK"])
        #expect(try korea.resolve("south korea").iso3 == "KOR")
        #expect(try korea.resolve("DPRK").iso3 == "PRK")
    }

    @Test func aHugeQueryIsAnsweredWithoutASearch() {
        let query = String(repeating: "abcdefghij", count: 10_000)
        #expect(resolver.match(query) == .none(suggestions: []))
        do {
            _ = try resolver.resolve(query)
            Issue.record("a 100 KB name matches nothing")
        } catch {
            // The message quotes the start of the query, not all 100 KB of it.
            #expect(error.description.count < 100)
        }
        #expect(resolver.match(String(repeating: "x", count: CountryResolver.longestQuery + 1)) == .none(suggestions: []))
    }

    @Test func aLongMisspellingStillGetsSuggestionsQuickly() {
        #expect(resolver.suggestions(for: "bosnia and herzegovinaa").first == "Bosnia and Herzegovina (BIH)")
        #expect(CountryResolver.editDistance(Array("kitten"), Array("sitting"), limit: 5) == 3)
        #expect(CountryResolver.editDistance(Array("a"), Array("abcdefgh"), limit: 2) == 3)
    }
}
