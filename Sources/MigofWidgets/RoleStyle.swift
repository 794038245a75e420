/// How a theme draws one ``Role``.
public struct RoleStyle: Hashable, Sendable {
    /// Text colour.
    public var fg: Color
    /// Cell background.
    public var bg: Color
    /// Bold text.
    public var bold: Bool
    /// Underlined text.
    public var underline: Bool
    /// Foreground and background swapped.
    public var reverse: Bool
    /// Faint text.
    public var dim: Bool

    /// Creates a role style; unspecified parts are the terminal's defaults.
    public init(fg: Color = .default, bg: Color = .default, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}
