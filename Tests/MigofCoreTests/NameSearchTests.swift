import Foundation
import Testing
@testable import MigofCore

@Suite struct NameSearchTests {
    var search = NameSearch([
        (name: "Côte d'Ivoire", codes: ["CIV", "CI"]),
        (name: "Canada", codes: ["CAN", "CA"]),
        (name: "Türkiye", codes: ["TUR", "TR"]),
        (name: "ab", codes: ["S00001", ""]),
        (name: "cd", codes: ["S00002", ""]),
        (name: "日本国", codes: ["JPN", "JP"]),
    ])

    @Test mutating func matchesFoldedSubstringsAndWholeCodes() {
        #expect(search.matches("cote") == [0])
        #expect(search.matches("TÜRKI") == [2])
        #expect(search.matches("an") == [1])
        #expect(search.matches("ca") == [1], "ISO2 in full, and a name containing it")
        #expect(search.matches("civ") == [0])
        #expect(search.matches("s00002") == [4])
        #expect(search.matches("本") == [5])
        #expect(search.matches("zz").isEmpty)
        #expect(search.matches("") == Array(0..<6))
    }

    @Test mutating func aMatchNeverSpansTwoNames() {
        #expect(search.matches("bc").isEmpty)
        #expect(search.matches("abc").isEmpty)
        #expect(search.matches("a") == [1, 3], "Canada and ab")
    }

    /// The byte scan agrees with folding and `contains` name by name on the bundled names.
    @Test func agreesWithStringContainsOnTheBundledNames() {
        let countries = Fixtures.importedStore.codes.map { Fixtures.importedStore.countries[$0]! }
        var index = NameSearch(countries.map { (name: $0.name, codes: [$0.iso3, $0.iso2]) })
        for query in ["a", "an", "ia", "rep", "cote", "ivo", "gu", "stan", "united", "z", "é", "of"] {
            let expected = countries.indices.filter { countries[$0].name.folded.contains(query.folded) }
            #expect(index.matches(query).filter { countries[$0].name.folded.contains(query.folded) } == expected, "\(query)")
            #expect(Set(index.matches(query)).isSuperset(of: expected), "\(query)")
        }
        #expect(index.count == countries.count)
    }

    /// Typing narrows the last result and erasing recalls earlier ones; the answers must be
    /// those of a search with no memory, whatever the order of the queries.
    @Test func rememberedQueriesGiveTheSameAnswers() {
        let countries = Fixtures.importedStore.codes.map { Fixtures.importedStore.countries[$0]! }
        let entries = countries.map { (name: $0.name, codes: [$0.iso3, $0.iso2]) }
        var typing = NameSearch(entries)
        var random = SplitMix64(seed: 3)
        let alphabet = Array("aeinorstu ")
        var query = ""
        for _ in 0..<400 {
            if query.isEmpty || random.next(below: 3) > 0 {
                query.append(random.pick(alphabet))
            } else {
                query.removeLast()
            }
            if query.count > 6 { query = String(query.suffix(2)) }
            var fresh = NameSearch(entries)
            #expect(typing.matches(query) == fresh.matches(query), "\(query)")
        }
    }

    @Test func asciiFoldingMatchesFoundationFolding() {
        for text in ["Canada", "BOSNIA and Herzegovina", "S00042", "d'Ivoire", "A-Z [0-9] ~"] {
            #expect(text.folded == text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
        }
    }
}
