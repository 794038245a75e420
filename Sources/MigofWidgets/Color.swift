/// A terminal colour as a theme specifies it; the backend downgrades it to
/// what the terminal can show (see ``ColorMapper``).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// An entry of the 256-colour palette; 0–15 are the user-configurable ANSI colours.
    case index(UInt8)
    /// An exact colour, shown as the nearest palette entry.
    case rgb(UInt8, UInt8, UInt8)

    /// ANSI colour 0.
    public static let black = Color.index(0)
    /// ANSI colour 1.
    public static let red = Color.index(1)
    /// ANSI colour 2.
    public static let green = Color.index(2)
    /// ANSI colour 3.
    public static let yellow = Color.index(3)
    /// ANSI colour 4.
    public static let blue = Color.index(4)
    /// ANSI colour 5.
    public static let magenta = Color.index(5)
    /// ANSI colour 6.
    public static let cyan = Color.index(6)
    /// ANSI colour 7.
    public static let white = Color.index(7)
    /// ANSI colour 8, also called bright black.
    public static let gray = Color.index(8)
    /// ANSI colour 8, alternative spelling of ``gray``.
    public static let grey = Color.index(8)
    /// ANSI colour 8.
    public static let brightBlack = Color.index(8)
    /// ANSI colour 9.
    public static let brightRed = Color.index(9)
    /// ANSI colour 10.
    public static let brightGreen = Color.index(10)
    /// ANSI colour 11.
    public static let brightYellow = Color.index(11)
    /// ANSI colour 12.
    public static let brightBlue = Color.index(12)
    /// ANSI colour 13.
    public static let brightMagenta = Color.index(13)
    /// ANSI colour 14.
    public static let brightCyan = Color.index(14)
    /// ANSI colour 15.
    public static let brightWhite = Color.index(15)
}
