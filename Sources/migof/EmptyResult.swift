/// A command that ran correctly but found nothing to report (an export of a year without
/// data, a comparison of two sides without assessments) exits with this documented code, so
/// a script can tell "nothing" from success (0) and from errors (64 and up).
enum EmptyResult {
    static let exitCode: Int32 = 3
}
