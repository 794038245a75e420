/// A mouse action at a screen cell.
public struct MouseEvent: Hashable, Sendable {
    /// Column, from 0.
    public var x: Int
    /// Row, from 0.
    public var y: Int
    /// What happened.
    public var kind: Kind

    /// Creates a mouse event.
    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
