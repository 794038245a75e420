/// One profile of a report the dashboard writes: a country in a year.
struct ReportSide: Sendable, Equatable {
    let code: String
    let year: Int
}
