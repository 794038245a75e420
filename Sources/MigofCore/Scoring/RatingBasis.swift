/// Which figure headlines an area or a country's overall rating.
///
/// The rule, used by every view and command:
/// 1. the **assessed** rating (the rounded mean of indicator scores) when every indicator is scored;
/// 2. otherwise the **reported** 10.7.2 rating, when one was published;
/// 3. otherwise a **partial** assessed rating, marked with its coverage;
/// 4. otherwise nothing: the area is unrated.
///
/// A partial assessment never hides a published rating, and a complete one always wins,
/// because it is the analyst's current, evidenced view.
public enum RatingBasis: String, Sendable, Equatable {
    case assessed
    case reported
    case partial
}
