/// How a command prints its result.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people.
    case table
    /// Plain text with drawn bars (compare).
    case text
    case csv
    /// The documented contract for scripts.
    case json
    /// A Markdown table ready to paste into a briefing note.
    case md
}
