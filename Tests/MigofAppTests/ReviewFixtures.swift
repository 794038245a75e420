@testable import MigofApp
import MigofCore
import MigofWidgets

/// A store with a few answered areas, for the review screen: Canada 2021 P1 answered in full
/// below its published rating (a disagreement), Canada 2021 P2 in full at it, Denmark 2021 P2
/// half answered (partial), Mexico 2019 P3 in full at its published 1.
enum ReviewFixtures {
    static let store: Store = {
        var store = AppFixtures.store
        let framework = AppFixtures.framework
        let answers: [(String, Int, String, Int, Int)] = [
            ("CAN", 2021, "P1", 7, 2), ("CAN", 2021, "P2", 5, 4), ("DNK", 2021, "P2", 2, 3), ("MEX", 2019, "P3", 6, 1),
        ]
        for (code, year, area, count, score) in answers {
            for indicator in framework.area(area)!.indicators.prefix(count) {
                try! store.setScore(score, indicator: indicator.id, country: code, year: year, framework: framework)
            }
        }
        return store
    }()

    static func app(size: Size) -> App {
        _ = TextWidth.useUTF8Locale()
        var app = App(store: store, framework: AppFixtures.framework, storePath: "/data/store.json", options: AppOptions())
        app.update(.resize(size))
        return app
    }
}
