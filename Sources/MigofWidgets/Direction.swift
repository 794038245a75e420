/// The axis along which ``Rect/split(_:_:spacing:)`` divides a rectangle.
public enum Direction: Hashable, Sendable {
    /// Side by side: slots divide the width.
    case horizontal
    /// Stacked: slots divide the height.
    case vertical
}
