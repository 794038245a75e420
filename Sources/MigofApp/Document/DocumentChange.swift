/// What an edit or a year change did to the document, so screens re-clamp only what moved.
enum DocumentChange: Sendable, Equatable {
    /// Scores or notes of one country changed; its place in rankings may have moved.
    case country(String)
    /// Countries or years were added or removed: every list may have changed.
    case structure
    /// The year shown changed.
    case year
    /// The store was replaced as a whole (recovery, reload).
    case reload
}
