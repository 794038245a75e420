/// Colours and attributes for every ``Role``.
public struct Theme: Hashable, Sendable {
    /// The theme's name, e.g. "dark".
    public var name: String
    /// Styles by role; roles not listed use ``builtinDark``'s.
    public var styles: [Role: RoleStyle]

    /// Creates a theme.
    public init(name: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`, falling back to ``builtinDark``.
    public func style(for role: Role) -> RoleStyle {
        styles[role] ?? Theme.builtinDark.styles[role] ?? RoleStyle()
    }

    /// The final look of a cell: the role's style with the cell's own
    /// attributes added. Bold and underline accumulate; reverse toggles, so a
    /// reversed cell (a text cursor) still stands out inside a role that is
    /// already reversed.
    public func resolve(_ style: Style) -> RoleStyle {
        var resolved = self.style(for: style.role)
        resolved.bold = resolved.bold || style.bold
        resolved.underline = resolved.underline || style.underline
        resolved.reverse = resolved.reverse != style.reverse
        return resolved
    }
}
