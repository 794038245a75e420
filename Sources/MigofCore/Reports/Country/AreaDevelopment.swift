/// Where a profile report places an area, in the words of IOM's MGI country profiles.
public enum AreaDevelopment: String, Sendable, Equatable {
    /// Rated at or above `DevelopmentThreshold.rating`: "well-developed areas".
    case wellDeveloped
    /// Rated below it: "areas with potential for further development".
    case furtherDevelopment

    /// The heading of the report's section.
    public var heading: String {
        switch self {
        case .wellDeveloped: return "Well-developed areas"
        case .furtherDevelopment: return "Areas with potential for further development"
        }
    }
}
