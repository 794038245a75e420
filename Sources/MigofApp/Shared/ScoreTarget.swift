/// The indicator the score keys act on: a country, a year and an indicator id.
struct ScoreTarget: Hashable, Sendable {
    var country: String
    var year: Int
    var indicator: String
}
