extension Theme {
    /// The compiled-in dark theme: the fallback for every role a theme file
    /// leaves out, and the theme used when no file loads. Themes/dark.json
    /// is this theme written out with ``ThemeLoader/encode(_:)``.
    ///
    /// Colours are exact xterm-256 entries so 256-colour terminals show them
    /// unchanged, and the rating bands stay distinct (red, yellow, green,
    /// cyan) when downgraded to 8 colours. Band 4 is a cyan blue, not a second
    /// green: two greens side by side (3 and 4) were hard to tell apart.
    public static let builtinDark = Theme(name: "dark", styles: [
        .background: RoleStyle(),
        .text: RoleStyle(fg: .rgb(0xd0, 0xd0, 0xd0)),
        .muted: RoleStyle(fg: .rgb(0x8a, 0x8a, 0x8a)),
        .accent: RoleStyle(fg: .rgb(0x5f, 0xaf, 0xff)),
        .border: RoleStyle(fg: .rgb(0x6c, 0x6c, 0x6c)),
        .focusBorder: RoleStyle(fg: .rgb(0x5f, 0xaf, 0xff), bold: true),
        .title: RoleStyle(fg: .rgb(0xff, 0xff, 0xff), bold: true),
        .selection: RoleStyle(fg: .rgb(0xff, 0xff, 0xff), bg: .rgb(0x00, 0x5f, 0x87), bold: true),
        .rating1: RoleStyle(fg: .rgb(0xd7, 0x5f, 0x5f)),
        .rating2: RoleStyle(fg: .rgb(0xd7, 0xaf, 0x00)),
        .rating3: RoleStyle(fg: .rgb(0x87, 0xd7, 0x87)),
        .rating4: RoleStyle(fg: .rgb(0x00, 0xaf, 0xd7)),
        .unscored: RoleStyle(fg: .rgb(0x6c, 0x6c, 0x6c)),
        .positive: RoleStyle(fg: .rgb(0x5f, 0xd7, 0x5f)),
        .negative: RoleStyle(fg: .rgb(0xd7, 0x5f, 0x5f)),
        .warning: RoleStyle(fg: .rgb(0xff, 0xaf, 0x00), bold: true),
        .error: RoleStyle(fg: .rgb(0xff, 0x5f, 0x5f), bold: true),
    ])
}
