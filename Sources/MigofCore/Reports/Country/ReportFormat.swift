/// The formats of `migof report`.
public enum ReportFormat: String, Sendable, Equatable, CaseIterable {
    /// Markdown, ready to paste into a briefing note.
    case md
    /// One self-contained, print-friendly HTML page.
    case html

    /// The file name extension.
    public var fileExtension: String { rawValue }
}
