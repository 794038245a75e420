/// The short and usual names people type for countries whose ISO 3166 names are long or
/// formal ("UK", "USA", "DRC", "Ivory Coast"), as match keys (see `CountryResolver.key`)
/// to ISO alpha-3 codes.
///
/// An alias is exact: it wins over any name prefix (`uk` is the United Kingdom, not
/// Ukraine). A word that names several countries ("korea", "congo") is deliberately left
/// out, so it stays ambiguous and the user is shown the candidates.
public enum CountryAliases {
    /// Alias key → ISO3.
    public static let table: [String: String] = {
        var table: [String: String] = [:]
        for (iso3, names) in groups {
            for name in names { table[CountryResolver.key(name)] = iso3 }
        }
        return table
    }()

    private static let groups: [(String, [String])] = [
        ("GBR", ["UK", "U.K.", "United Kingdom", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"]),
        ("USA", ["US", "U.S.", "USA", "U.S.A.", "United States", "America"]),
        ("ARE", ["UAE", "U.A.E.", "Emirates"]),
        ("COD", ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Congo Kinshasa", "Democratic Republic of the Congo",
                 "Congo, Democratic Republic", "Zaire"]),
        ("COG", ["Congo-Brazzaville", "Congo Brazzaville", "Republic of the Congo", "Congo Republic"]),
        ("RUS", ["Russia"]),
        ("KOR", ["South Korea", "Korea, South", "Republic of Korea", "Korea Republic", "ROK"]),
        ("PRK", ["North Korea", "Korea, North", "DPRK", "Democratic People's Republic of Korea"]),
        ("TUR", ["Turkey", "Türkiye", "Turkiye"]),
        ("CIV", ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Cote dIvoire"]),
        ("IRN", ["Iran"]),
        ("SYR", ["Syria"]),
        ("VNM", ["Vietnam"]),
        ("LAO", ["Laos", "Lao PDR"]),
        ("BOL", ["Bolivia"]),
        ("VEN", ["Venezuela"]),
        ("TZA", ["Tanzania"]),
        ("MDA", ["Moldova"]),
        ("CZE", ["Czech Republic"]),
        ("NLD", ["Netherlands", "Holland", "The Netherlands"]),
        ("MKD", ["Macedonia", "FYROM"]),
        ("SWZ", ["Swaziland"]),
        ("MMR", ["Burma"]),
        ("CPV", ["Cape Verde"]),
        ("TLS", ["East Timor"]),
        ("PSE", ["Palestine"]),
        ("VAT", ["Vatican", "Vatican City"]),
        ("BIH", ["Bosnia"]),
        ("FSM", ["Micronesia"]),
        ("BRN", ["Brunei"]),
        ("TWN", ["Taiwan"]),
        ("CHN", ["PRC", "People's Republic of China"]),
        ("GRC", ["EL"]),
        ("KGZ", ["Kyrgyz Republic"]),
        ("SVK", ["Slovak Republic"]),
        ("GMB", ["The Gambia"]),
        ("BHS", ["The Bahamas"]),
    ]
}
