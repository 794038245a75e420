import Testing
@testable import MigofCore

@Suite struct EntityKeyTests {
    @Test(arguments: ["CAN", "ZZZ", "S00042", "KEN1", "ABCD", "X123456789"])
    func validKeys(key: String) {
        #expect(EntityKey.isValid(key))
    }

    @Test(arguments: ["can", "CA", "C4N", "1234", "S0004X2a", "S-0042", "X1234567890", "", "ÇAN", "CANADA ", "SÖ042"])
    func invalidKeys(key: String) {
        #expect(!EntityKey.isValid(key))
    }

    @Test func storesAcceptLocalCodesAndExplainBadOnes() {
        let local = StoreCodecTests.valid.replacingOccurrences(of: "\"CAN\": {", with: "\"TOR01\": {")
        #expect(Fixtures.firstError(local) == nil)
        let bad = StoreCodecTests.valid.replacingOccurrences(of: "\"CAN\": {", with: "\"1TOR\": {")
        #expect(Fixtures.firstError(bad) == "s.json:4:5: country key '1TOR' must be three capital letters (ISO 3166 alpha-3) "
            + "or a local code of 4 to 10 capital letters and digits starting with a letter")
    }

    @Test func aLocalCodeResolvesLikeACountryCode() throws {
        var store = Store()
        store.countries["TOR01"] = Country(iso3: "TOR01", iso2: "", m49: "", name: "Toronto", region: "Americas", subRegion: "")
        store.countries["CAN"] = Country(iso3: "CAN", iso2: "CA", m49: "124", name: "Canada", region: "Americas", subRegion: "")
        #expect(try CountryResolver(store: store).resolve("tor01").name == "Toronto")
        #expect(try CountryResolver(store: store).resolve("CA").name == "Canada")
    }
}
