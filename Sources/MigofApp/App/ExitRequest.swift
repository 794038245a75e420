/// That the dashboard should close, and how.
struct ExitRequest: Sendable {
    /// 0 for `q`, 130 for Ctrl-C, 128 + n for signal n.
    var status: Int32
    /// A line for the shell after the dashboard closes, e.g. where discarded edits went.
    var note: String?
}
