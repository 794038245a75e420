import MigofCore
import MigofWidgets

/// What moved since the previous round, for the home screen: the rounds screen's own
/// `RoundsTable` summaries (overall, then each area), counted like with like from the data.
struct HomeRounds: Sendable, Equatable {
    /// The previous round and the year shown.
    var from: Int
    var to: Int
    /// "Overall", then one per area, in the framework's order.
    var summaries: [RoundsTable.Summary]

    /// The summaries from the latest round before `year` (a year with at least `roundSize`
    /// assessments, as `RoundsTable.defaultRounds` counts rounds) to `year`; nil when there
    /// is none.
    init?(store: Store, framework: Framework, year: Int, roundSize: Int = 10) {
        var counts: [Int: Int] = [:]
        for country in store.countries.values {
            for assessed in country.assessments.keys where assessed < year { counts[assessed, default: 0] += 1 }
        }
        let threshold = min(roundSize, store.countries.count)
        guard let previous = counts.filter({ $0.value >= threshold }).keys.max() else { return nil }
        from = previous
        to = year
        summaries = RoundsTable(store: store, framework: framework, from: previous, to: year).summaries
    }

    /// The summary of `measure` ("Overall" or an area id).
    func summary(_ measure: String) -> RoundsTable.Summary? {
        summaries.first { $0.measure == measure }
    }

    /// "Since 2019: 12 up ▲, 9 down ▼, 41 unchanged = · n 62", or a shorter form that fits
    /// `width`; `(few)` when under 3 countries compare.
    static func line(_ summary: RoundsTable.Summary, from: Int, width: Int) -> String {
        let few = AreaStatistics.isThin(summary.both) ? " (few)" : ""
        let forms = [
            "Since \(from): \(summary.up) up ▲, \(summary.down) down ▼, \(summary.unchanged) unchanged = · n \(summary.both)\(few)",
            "Since \(from): \(summary.up)▲ \(summary.down)▼ \(summary.unchanged)= · n \(summary.both)\(few)",
            "\(from)→ \(summary.up)▲\(summary.down)▼\(summary.unchanged)= n\(summary.both)\(few)",
        ]
        return forms.first { TextWidth.width(of: $0) <= width } ?? forms[forms.count - 1]
    }
}
