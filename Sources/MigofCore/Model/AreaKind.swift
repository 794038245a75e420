/// Whether an area is one of MiGOF's three principles or three objectives.
public enum AreaKind: String, Sendable, Equatable {
    case principle
    case objective
}
