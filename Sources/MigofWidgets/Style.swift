/// How one cell is drawn: a ``Role`` plus attributes that are added on top of
/// whatever the theme gives that role.
public struct Style: Hashable, Sendable {
    /// What the content means; the theme maps it to colours.
    public var role: Role
    /// Draws the cell in bold, in addition to the theme's attributes.
    public var bold: Bool
    /// Swaps foreground and background relative to the theme's setting.
    public var reverse: Bool
    /// Underlines the cell, in addition to the theme's attributes.
    public var underline: Bool

    /// Creates a style for `role` with optional extra attributes.
    public init(_ role: Role, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }
}
