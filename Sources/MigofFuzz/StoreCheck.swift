import MigofCore

/// A store file: both decoders must agree (`StoreDecoding.crossCheck`) under every bundled
/// framework, and an accepted store must score without trouble.
enum StoreCheck {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        var accepted = false
        for framework in FuzzData.frameworks {
            let verdict = StoreDecoding.crossCheck(bytes, framework: framework)
            if case .disagreement(let why) = verdict { return .failed("under \(framework.id): \(why)") }
            if let store = verdict.store {
                score(store, framework: framework)
                accepted = true
            }
        }
        return accepted ? .accepted : .refused
    }

    /// Rates every country in every year, as the dashboard and the reports do; a trap in the
    /// arithmetic (an overflow, an out-of-range index) ends the process and is the finding.
    static func score(_ store: Store, framework: Framework) {
        for country in store.countries.values {
            for year in country.assessments.keys {
                let profile = Profile(country: country, year: year, framework: framework, sources: store.sources)
                for area in framework.areas { _ = profile.area(area.id) }
            }
        }
    }
}
