/// The drawing characters widgets use, in a Unicode and a plain ASCII set so
/// the screen stays legible when the terminal's locale is not UTF-8.
/// Every glyph is one column wide.
public struct Glyphs: Hashable, Sendable {
    /// Border of an unfocused panel.
    public var box: BoxGlyphs
    /// Border of the focused panel; differs in shape, not only colour, so
    /// focus is visible without colours.
    public var focusBox: BoxGlyphs
    /// A completely filled bar cell.
    public var barFull: String
    /// Partially filled bar cells for 1/8 ... 7/8; empty when the set has
    /// only whole cells.
    public var barEighths: [String]
    /// Marks a value that has no rating.
    public var unscoredMark: String
    /// Up arrow, e.g. for sort order or "more above".
    public var arrowUp: String
    /// Down arrow.
    public var arrowDown: String
    /// Left arrow.
    public var arrowLeft: String
    /// Right arrow.
    public var arrowRight: String
    /// List bullet.
    public var bullet: String
    /// Marks text that was cut short.
    public var ellipsis: String
    /// Separates tabs and status segments.
    public var separator: String

    /// Creates a glyph set.
    public init(box: BoxGlyphs, focusBox: BoxGlyphs, barFull: String, barEighths: [String], unscoredMark: String,
                arrowUp: String, arrowDown: String, arrowLeft: String, arrowRight: String,
                bullet: String, ellipsis: String, separator: String) {
        self.box = box
        self.focusBox = focusBox
        self.barFull = barFull
        self.barEighths = barEighths
        self.unscoredMark = unscoredMark
        self.arrowUp = arrowUp
        self.arrowDown = arrowDown
        self.arrowLeft = arrowLeft
        self.arrowRight = arrowRight
        self.bullet = bullet
        self.ellipsis = ellipsis
        self.separator = separator
    }

    /// Box drawing, block elements and arrows from Unicode.
    public static let unicode = Glyphs(
        box: BoxGlyphs(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│"),
        focusBox: BoxGlyphs(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃"),
        barFull: "█",
        barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
        unscoredMark: "·",
        arrowUp: "▲", arrowDown: "▼", arrowLeft: "◀", arrowRight: "▶",
        bullet: "•", ellipsis: "…", separator: "│"
    )

    /// Only printable ASCII, for terminals whose locale is not UTF-8.
    public static let ascii = Glyphs(
        box: BoxGlyphs(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|"),
        focusBox: BoxGlyphs(topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#", horizontal: "=", vertical: "#"),
        barFull: "#",
        barEighths: [],
        unscoredMark: "-",
        arrowUp: "^", arrowDown: "v", arrowLeft: "<", arrowRight: ">",
        bullet: "*", ellipsis: "...", separator: "|"
    )

    /// Whether this set draws with Unicode characters.
    public var isUnicode: Bool { !barEighths.isEmpty }
}
