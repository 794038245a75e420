import Foundation
@testable import MigofCore

/// Türkiye under SDG 10.7.2 with answers and notes added to 2021: migrants' rights (P1)
/// completely answered at 70% (assessed 2, against the published 3), two answers in P2 (a
/// partial assessment), and notes full of Markdown and HTML.
enum ReportFixtures {
    /// A note meant to break Markdown tables and HTML alike.
    static let hostileNote = "Law 6458 | art. 89 <script>alert(\"x\")</script> *draft* & [link](http://e.x) `code` 1. #tag"

    static let store: Store = {
        var store = Fixtures.importedSDG
        let answers: [(String, Int)] = [("1a", 1), ("1b", 1), ("1c", 2), ("1d", 3), ("1e", 1), ("2a", 1), ("2b", 2)]
        for (indicator, answer) in answers {
            try! store.setScore(answer, indicator: indicator, country: "TUR", year: 2021, framework: Fixtures.sdg)
        }
        try! store.setNote(hostileNote, indicator: "1c", country: "TUR", year: 2021, framework: Fixtures.sdg)
        try! store.setNote("Temporary protection regulation, 2014", indicator: "1a", country: "TUR", year: 2021,
                           framework: Fixtures.sdg)
        return store
    }()

    static let turkey = CountryReport(country: store.countries["TUR"]!, year: 2021, store: store, framework: Fixtures.sdg)
}
