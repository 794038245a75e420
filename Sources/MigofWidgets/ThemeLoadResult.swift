/// A theme read from a file, plus what was ignored while reading it.
public struct ThemeLoadResult: Hashable, Sendable {
    /// The theme; roles the file leaves out fall back to ``Theme/builtinDark``.
    public var theme: Theme
    /// One message listing every unknown key that was ignored, or `nil`.
    public var warning: String?

    /// Creates a load result.
    public init(theme: Theme, warning: String?) {
        self.theme = theme
        self.warning = warning
    }
}
