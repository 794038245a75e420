/// How much of a browser search a keystroke and an idle step may do.
///
/// The keystroke's frame must never be late (the target is 1 ms from key to frame at any
/// store size): a keystroke scans until a screenful of rows is found, or for a fraction of
/// a millisecond, and the rest is scanned in steps while no key waits.
struct BrowserScanBudget: Sendable {
    /// A search with at most this many candidates left finishes within the keystroke: a
    /// store of a few thousand entities never shows "searching…".
    var finishAtOnce = 4096
    /// Rows that fill any screen: once found, the keystroke's frame can be drawn.
    var screenful = 256
    /// Candidates tested between looks at the clock.
    var chunk = 512
    /// The most candidates one keystroke tests beyond `finishAtOnce` (tests set it; the
    /// dashboard goes by the clock).
    var keystrokeCandidates = Int.max
    /// Nanoseconds a keystroke may scan before its frame is drawn; nil for no clock limit.
    var keystrokeNs: UInt64? = 300_000
    /// The most candidates one idle step tests.
    var idleCandidates = Int.max
    /// Nanoseconds of one idle step, so a key typed meanwhile waits at most that long.
    var idleNs: UInt64? = 2_000_000

    /// The dashboard's budget.
    static let interactive = BrowserScanBudget()
}
