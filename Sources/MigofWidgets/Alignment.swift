/// Where text sits inside a wider field.
public enum Alignment: Hashable, Sendable {
    /// Flush left, padded on the right.
    case left
    /// Flush right, padded on the left.
    case right
    /// Centred; an odd leftover cell goes to the right.
    case center
}
