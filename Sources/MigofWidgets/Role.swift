/// The meaning of a piece of screen content. Widgets and screens say what
/// something *is*; the active ``Theme`` decides how that looks.
public enum Role: String, CaseIterable, Sendable {
    /// The base of the screen: blank cells and cleared areas.
    case background
    /// Ordinary text.
    case text
    /// Secondary text: hints, units, labels that should recede.
    case muted
    /// Text that should draw the eye: key names, the active tab.
    case accent
    /// The border of a panel that does not have focus.
    case border
    /// The border of the panel that has keyboard focus.
    case focusBorder
    /// Panel titles and table headers.
    case title
    /// The selected row of a list or table.
    case selection
    /// Rating band 1, the lowest.
    case rating1
    /// Rating band 2.
    case rating2
    /// Rating band 3.
    case rating3
    /// Rating band 4, the highest.
    case rating4
    /// A value that has no rating.
    case unscored
    /// A change for the better.
    case positive
    /// A change for the worse.
    case negative
    /// Something the user should look at.
    case warning
    /// Something that failed.
    case error

    /// The role of a rating band: 1...4 map to ``rating1``...``rating4``;
    /// anything else is ``unscored``.
    public static func rating(_ band: Int) -> Role {
        switch band {
        case 1: .rating1
        case 2: .rating2
        case 3: .rating3
        case 4: .rating4
        default: .unscored
        }
    }
}
