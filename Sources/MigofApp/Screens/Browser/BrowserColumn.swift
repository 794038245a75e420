import MigofCore

/// What the browser can order by: the name, a rating column, the overall change since the
/// country's previous round, or the coverage of its assessment.
enum BrowserColumn: Hashable, Sendable {
    case name
    case overall
    case area(String)
    /// Overall rating change since the country's previous year with data (`RoundChange`).
    case change
    /// Indicators answered in the year's assessment.
    case coverage

    /// Every column in `o` order.
    static func all(_ framework: Framework) -> [BrowserColumn] {
        [.name, .overall] + framework.areas.map { .area($0.id) } + [.change, .coverage]
    }

    var label: String {
        switch self {
        case .name: "name"
        case .overall: "overall"
        case .area(let id): id
        case .change: "change"
        case .coverage: "coverage"
        }
    }

    /// The area a rating column shows (nil for the overall rating); nil for the others.
    var ratingArea: String?? {
        switch self {
        case .overall: .some(nil)
        case .area(let id): .some(id)
        case .name, .change, .coverage: nil
        }
    }

    /// Names A to Z first; figures highest first, the way a ranking reads.
    var naturalAscending: Bool { self == .name }
}
